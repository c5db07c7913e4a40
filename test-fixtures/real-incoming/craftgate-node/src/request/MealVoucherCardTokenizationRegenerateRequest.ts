import MealVoucherCardTokenizationData from './dto/MealVoucherCardTokenizationData';

type MealVoucherCardTokenizationRegenerateRequest = {
  mealVoucherCardTokenizationData: MealVoucherCardTokenizationData;
};

export default MealVoucherCardTokenizationRegenerateRequest;
