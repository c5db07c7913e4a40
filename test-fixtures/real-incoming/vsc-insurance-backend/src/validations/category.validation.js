import Joi from 'joi';

const createCategory = {
  body: Joi.object().keys({
    name: Joi.string().required().trim(),
    description: Joi.string().required(),
    type: Joi.string().valid('insurance', 'banking', 'capital market', 'it sector', 'project funding').required(),
    status: Joi.string().valid('active', 'inactive').default('active'),
    image: Joi.string().uri().allow(null, ''),
    imageKey: Joi.string().allow(null, ''),
    metadata: Joi.object().pattern(Joi.string(), Joi.any()),
  }),
};

const getCategories = {
  query: Joi.object().keys({
    name: Joi.string(),
    type: Joi.string().valid('insurance', 'banking', 'capital market', 'it sector', 'project funding'),
    status: Joi.string().valid('active', 'inactive'),
    sortBy: Joi.string(),
    limit: Joi.number().integer(),
    page: Joi.number().integer(),
  }),
};

const getCategory = {
  params: Joi.object().keys({
    categoryId: Joi.string().required(),
  }),
};

const updateCategory = {
  params: Joi.object().keys({
    categoryId: Joi.string().required(),
  }),
  body: Joi.object()
    .keys({
      name: Joi.string().trim(),
      description: Joi.string(),
      type: Joi.string().valid('insurance', 'banking', 'capital market', 'it sector', 'project funding'),
      status: Joi.string().valid('active', 'inactive'),
      image: Joi.string().uri().allow(null, ''),
      imageKey: Joi.string().allow(null, ''),
      metadata: Joi.object().pattern(Joi.string(), Joi.any()),
    })
    .min(1),
};

const deleteCategory = {
  params: Joi.object().keys({
    categoryId: Joi.string().required(),
  }),
};

const updateCategoryStatus = {
  params: Joi.object().keys({
    categoryId: Joi.string().required(),
  }),
  body: Joi.object().keys({
    status: Joi.string().valid('active', 'inactive').required(),
  }),
};

const getTopCategories = {
  query: Joi.object().keys({
    limit: Joi.number().integer().min(1).max(20).default(5),
    type: Joi.string().valid('insurance', 'banking', 'capital market', 'it sector', 'project funding').optional(),
  }),
};

export {
  createCategory,
  getCategories,
  getCategory,
  updateCategory,
  deleteCategory,
  updateCategoryStatus,
  getTopCategories,
};