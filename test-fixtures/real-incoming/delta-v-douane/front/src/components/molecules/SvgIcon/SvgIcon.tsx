import React from 'react';

import Add from '@/assets/icons/Add.svg';
import ArrowRight from '@/assets/icons/Arrow-Right.svg';
import BasketColor from '@/assets/icons/Basket-Color.svg';
import Basket from '@/assets/icons/Basket.svg';
import BigArrowRight from '@/assets/icons/Big-Arrow-Right.svg';
import Boat from '@/assets/icons/Boat.svg';
import Calculator from '@/assets/icons/Calculator.svg';
import Car from '@/assets/icons/Car.svg';
import CategoryAccessory from '@/assets/icons/categories/Accessory.svg';
import CategoryAccordions from '@/assets/icons/categories/Accordions.svg';
import CategoryActualities from '@/assets/icons/categories/Actualities.svg';
import CategoryAdultClothes from '@/assets/icons/categories/Adult-Clothes.svg';
import CategoryAdvertisingCatalog from '@/assets/icons/categories/Advertising-Catalog.svg';
import CategoryAlcohol from '@/assets/icons/categories/Alcohol.svg';
import CategoryAlcoholIntermediate from '@/assets/icons/categories/AlcoholIntermediate.svg';
import CategoryArt from '@/assets/icons/categories/Art.svg';
import CategoryBamboo from '@/assets/icons/categories/Bamboo.svg';
import CategoryMackUp from '@/assets/icons/categories/Beauty-Mackup.svg';
import CategoryBeautyProducts from '@/assets/icons/categories/Beauty-Products.svg';
import CategoryBedding from '@/assets/icons/categories/Bedding.svg';
import CategoryBeer from '@/assets/icons/categories/Beer.svg';
import CategoryBinoculars from '@/assets/icons/categories/Binoculars.svg';
import CategoryBooks from '@/assets/icons/categories/Books.svg';
import CategoryCarRadio from '@/assets/icons/categories/Car-Radio.svg';
import CategoryCar from '@/assets/icons/categories/Car.svg';
import CategoryCD from '@/assets/icons/categories/CD.svg';
import CategoryCeramic from '@/assets/icons/categories/Ceramic.svg';
import CategoryChildrenClothes from '@/assets/icons/categories/Children-Clothes.svg';
import CategoryCigar from '@/assets/icons/categories/Cigar.svg';
import CategoryCigarette from '@/assets/icons/categories/Cigarette.svg';
import CategoryCigarillos from '@/assets/icons/categories/Cigarillos.svg';
import CategoryClothes from '@/assets/icons/categories/Clothes.svg';
import CategoryCologne from '@/assets/icons/categories/Cologne.svg';
import CategoryCommonGround from '@/assets/icons/categories/Common-Ground.svg';
import CategoryContact from '@/assets/icons/categories/Contact.svg';
import CategoryCopper from '@/assets/icons/categories/Copper.svg';
import CategoryCotton from '@/assets/icons/categories/Cotton.svg';
import CategoryCreateDeclaration from '@/assets/icons/categories/Create-Declaration.svg';
import CategoryCrystal from '@/assets/icons/categories/Crystal.svg';
import CategoryDecoration from '@/assets/icons/categories/Decoration.svg';
import CategoryDishes from '@/assets/icons/categories/Dishes.svg';
import CategoryDVDPlayer from '@/assets/icons/categories/DVD-Player.svg';
import CategoryDVD from '@/assets/icons/categories/DVD.svg';
import CategoryEarthenware from '@/assets/icons/categories/Earthenware.svg';
import CategoryElectricGuitar from '@/assets/icons/categories/Electric-Guitar.svg';
import CategoryElectronicCigarettes from '@/assets/icons/categories/Electronic-Cigarettes.svg';
import CategoryFabricGloves from '@/assets/icons/categories/Fabric-Gloves.svg';
import CategoryFabrics from '@/assets/icons/categories/Fabrics.svg';
import CategoryFashion from '@/assets/icons/categories/Fashion.svg';
import CategoryFishing from '@/assets/icons/categories/Fishing.svg';
import CategoryFood from '@/assets/icons/categories/Food.svg';
import CategoryFurniture from '@/assets/icons/categories/Furniture.svg';
import CategoryGameConsole from '@/assets/icons/categories/GameConsole.svg';
import CategoryGlass from '@/assets/icons/categories/Glass.svg';
import CategoryGolf from '@/assets/icons/categories/Golf.svg';
import CategoryGPS from '@/assets/icons/categories/GPS.svg';
import CategoryGuitar from '@/assets/icons/categories/Guitar.svg';
import CategoryHightech from '@/assets/icons/categories/Hightech.svg';
import CategoryHobbies from '@/assets/icons/categories/Hobbies.svg';
import CategoryHouse from '@/assets/icons/categories/House.svg';
import CategoryJewelry from '@/assets/icons/categories/Jewelry.svg';
import CategoryLamp from '@/assets/icons/categories/Lamp.svg';
import CategoryLaptop from '@/assets/icons/categories/Laptop.svg';
import CategoryLeatherAccessory from '@/assets/icons/categories/Leather-Accessory.svg';
import CategoryLeatherGoods from '@/assets/icons/categories/Leather-Goods.svg';
import CategoryLeather from '@/assets/icons/categories/Leather.svg';
import CategoryMetal from '@/assets/icons/categories/Metal.svg';
import CategoryMirror from '@/assets/icons/categories/Mirror.svg';
import CategoryMP3 from '@/assets/icons/categories/MP3.svg';
import CategoryMusicBox from '@/assets/icons/categories/Music-Box.svg';
import CategoryMusic from '@/assets/icons/categories/Music.svg';
import CategoryNumericPiano from '@/assets/icons/categories/Numeric-Piano.svg';
import CategoryOther from '@/assets/icons/categories/Other.svg';
import CategoryPercussionInstrument from '@/assets/icons/categories/Percussion-Instrument.svg';
import CategoryPerfume from '@/assets/icons/categories/Perfume.svg';
import CategoryPhoto from '@/assets/icons/categories/Photo.svg';
import CategoryPiano from '@/assets/icons/categories/Piano.svg';
import CategoryPlastic from '@/assets/icons/categories/Plastic.svg';
import CategoryPorcelain from '@/assets/icons/categories/Porcelain.svg';
import CategoryRattan from '@/assets/icons/categories/Rattan.svg';
import CategoryRims from '@/assets/icons/categories/Rims.svg';
import CategorySandstone from '@/assets/icons/categories/Sandstone.svg';
import CategoryScarf from '@/assets/icons/categories/Scarf.svg';
import CategoryShoes from '@/assets/icons/categories/Shoes.svg';
import CategorySilk from '@/assets/icons/categories/Silk.svg';
import CategorySki from '@/assets/icons/categories/Ski.svg';
import CategorySmartphone from '@/assets/icons/categories/Smartphone.svg';
import CategorySmiley from '@/assets/icons/categories/Smiley.svg';
import CategorySocks from '@/assets/icons/categories/Socks.svg';
import CategorySoftAlcohol from '@/assets/icons/categories/SoftAlcohol.svg';
import CategorySpiritDrink from '@/assets/icons/categories/SpiritDrink.svg';
import CategorySports from '@/assets/icons/categories/Sports.svg';
import CategoryStrongAlcohol from '@/assets/icons/categories/StrongAlcohol.svg';
import CategorySunglasses from '@/assets/icons/categories/Sunglasses.svg';
import CategorySynthesizer from '@/assets/icons/categories/Synthesizer.svg';
import CategoryTablet from '@/assets/icons/categories/Tablet.svg';
import CategoryTelevision from '@/assets/icons/categories/Television.svg';
import CategoryTennis from '@/assets/icons/categories/Tennis.svg';
import CategoryTextile from '@/assets/icons/categories/Textile.svg';
import CategoryTie from '@/assets/icons/categories/Tie.svg';
import CategoryTire from '@/assets/icons/categories/Tire.svg';
import CategoryTobacco from '@/assets/icons/categories/Tobacco.svg';
import CategoryVarious from '@/assets/icons/categories/Various.svg';
import CategoryVetements from '@/assets/icons/categories/Vetements.svg';
import CategoryVideoGame from '@/assets/icons/categories/VideoGame.svg';
import CategoryViolins from '@/assets/icons/categories/Violins.svg';
import CategoryWatches from '@/assets/icons/categories/Watches.svg';
import CategoryWig from '@/assets/icons/categories/Wig.svg';
import CategoryWindsurf from '@/assets/icons/categories/Windsurf.svg';
import CategoryWine from '@/assets/icons/categories/Wine.svg';
import CategoryWood from '@/assets/icons/categories/Wood.svg';
import CategoryWoodenFloor from '@/assets/icons/categories/Wooden-Floor.svg';
import AinIcon from '@/assets/icons/City-Ain.svg';
import HauteSavoieIcon from '@/assets/icons/City-Haute-Savoie.svg';
import ClearField from '@/assets/icons/ClearField.svg';
import Coffee from '@/assets/icons/Coffee.svg';
import CompleteBasket from '@/assets/icons/Complete-Basket.svg';
import Dairy from '@/assets/icons/Dairy.svg';
import Douanier from '@/assets/icons/Douanier.svg';
import Download from '@/assets/icons/Download.svg';
import Filter from '@/assets/icons/Filter.svg';
import Folder from '@/assets/icons/Folder.svg';
import Forbidden from '@/assets/icons/Forbidden.svg';
import Home from '@/assets/icons/Home.svg';
import Info from '@/assets/icons/Info.svg';
import Keyboard from '@/assets/icons/Keyboard.svg';
import LiteSearch from '@/assets/icons/Lite-Search.svg';
import Lock from '@/assets/icons/Lock.svg';
import Luggages from '@/assets/icons/Luggages.svg';
import Mail from '@/assets/icons/Mail.svg';
import Meat from '@/assets/icons/Meat.svg';
import Medication from '@/assets/icons/Medication.svg';
import Milk from '@/assets/icons/Milk.svg';
import Money from '@/assets/icons/Money.svg';
import OfficerCap from '@/assets/icons/Officer-Cap.svg';
import Other from '@/assets/icons/Other.svg';
import Pet from '@/assets/icons/Pet.svg';
import Phone from '@/assets/icons/Phone.svg';
import Plane from '@/assets/icons/Plane.svg';
import Plants from '@/assets/icons/Plants.svg';
import QrCode from '@/assets/icons/QrCode.svg';
import Question from '@/assets/icons/Question.svg';
import Search from '@/assets/icons/Search.svg';
import Star from '@/assets/icons/Star.svg';
import StarFull from '@/assets/icons/StarFull.svg';
import Sweets from '@/assets/icons/Sweets.svg';
import Tea from '@/assets/icons/Tea.svg';
import Train from '@/assets/icons/Train.svg';
import Traveler from '@/assets/icons/Traveler.svg';
import Watch from '@/assets/icons/Watch.svg';
import LogoAgent from '@/assets/images/Logo-Agent.svg';
import LogoDouane from '@/assets/images/Logo-Douane.svg';
import LogoFrenchDouane from '@/assets/images/Logo-French-Douane.svg';
import LogoFrenchRepublic from '@/assets/images/Logo-French-Republic.svg';
import Logo from '@/assets/images/Logo.svg';
import VisibilityOff from '@/assets/images/VisibilityOff.svg';
import VisibilityOn from '@/assets/images/VisibilityOn.svg';

export type SvgNames =
  | 'lock'
  | 'logo'
  | 'logoAgent'
  | 'titleHeaderAgent'
  | 'logoFrenchRepublic'
  | 'logoFrenchDouane'
  | 'logoDouane'
  | 'add'
  | 'home'
  | 'info'
  | 'arrowRight'
  | 'basketColor'
  | 'boat'
  | 'car'
  | 'plane'
  | 'plants'
  | 'qrCode'
  | 'train'
  | 'traveler'
  | 'other'
  | 'pet'
  | 'liteSearch'
  | 'luggages'
  | 'calculator'
  | 'phone'
  | 'mail'
  | 'meat'
  | 'medication'
  | 'milk'
  | 'money'
  | 'officerCap'
  | 'question'
  | 'search'
  | 'sweets'
  | 'tea'
  | 'basket'
  | 'bigArrowRight'
  | 'ain'
  | 'hauteSavoie'
  | 'coffee'
  | 'completeBasket'
  | 'dairy'
  | 'download'
  | 'filter'
  | 'folder'
  | 'forbidden'
  | 'keyboard'
  | 'watch'
  | 'categoryAccessory'
  | 'categoryAccordions'
  | 'categoryActualities'
  | 'categoryAdultClothes'
  | 'categoryAdvertisingCatalog'
  | 'categoryAlcohol'
  | 'categoryAlcoholIntermediate'
  | 'categoryArt'
  | 'categoryBamboo'
  | 'categoryBeautyProducts'
  | 'categoryBeer'
  | 'categoryBedding'
  | 'categoryBinoculars'
  | 'categoryBooks'
  | 'categoryCarRadio'
  | 'categoryCar'
  | 'categoryCD'
  | 'categoryCeramic'
  | 'categoryChildrenClothes'
  | 'categoryCigarette'
  | 'categoryCigarillos'
  | 'categoryCigar'
  | 'categoryClothes'
  | 'categoryCologne'
  | 'categoryCommonGround'
  | 'categoryCopper'
  | 'categoryCotton'
  | 'categoryCrystal'
  | 'categoryContact'
  | 'categoryCreateDeclaration'
  | 'categoryDecoration'
  | 'categoryDishes'
  | 'categoryDVDPlayer'
  | 'categoryDVD'
  | 'categoryEarthenware'
  | 'categoryElectricGuitar'
  | 'categoryElectronicCigarettes'
  | 'categoryFabricGloves'
  | 'categoryFabrics'
  | 'categoryFashion'
  | 'categoryFishing'
  | 'categoryGolf'
  | 'categoryGPS'
  | 'categoryGuitar'
  | 'categoryFood'
  | 'categoryFurniture'
  | 'categoryGameConsole'
  | 'categoryGlass'
  | 'categoryShoes'
  | 'categoryMackup'
  | 'categoryHighTech'
  | 'categoryHobbies'
  | 'categoryHouse'
  | 'categoryJewelry'
  | 'categoryLamp'
  | 'categoryLaptop'
  | 'categoryLeather'
  | 'categoryLeatherAccessory'
  | 'categoryLeatherGoods'
  | 'categoryMetal'
  | 'categoryMirror'
  | 'categoryMP3'
  | 'categoryMusicBox'
  | 'categoryMusic'
  | 'categoryNumericPiano'
  | 'categoryOther'
  | 'categoryPercussionInstrument'
  | 'categoryPerfume'
  | 'categoryPhoto'
  | 'categoryPiano'
  | 'categoryPlastic'
  | 'categoryPorcelain'
  | 'categoryRattan'
  | 'categoryRims'
  | 'categorySandstone'
  | 'categoryScarf'
  | 'categorySilk'
  | 'categorySki'
  | 'categorySmartphone'
  | 'categorySmiley'
  | 'categorySocks'
  | 'categorySoftAlcohol'
  | 'categorySpiritDrink'
  | 'categorySports'
  | 'categoryStrongAlcohol'
  | 'categorySunglasses'
  | 'categorySynthesizer'
  | 'categoryTobacco'
  | 'categoryTablet'
  | 'categoryTelevision'
  | 'categoryTennis'
  | 'categoryTextile'
  | 'categoryTie'
  | 'categoryTire'
  | 'categoryVarious'
  | 'categoryVetements'
  | 'categoryVideoGame'
  | 'categoryViolins'
  | 'categoryWatches'
  | 'categoryWig'
  | 'categoryWindsurf'
  | 'categoryWine'
  | 'categoryWood'
  | 'douanier'
  | 'visibilityOff'
  | 'visibilityOn'
  | 'star'
  | 'starFull'
  | 'categoryWoodenFloor'
  | 'clearField';

export interface ISvgIconProps {
  name: SvgNames;
  className?: string;
}

const getSvgFromName = (name: SvgNames): any => {
  switch (name) {
    case 'lock':
      return Lock;
    case 'logo':
      return Logo;
    case 'logoAgent':
      return LogoAgent;
    case 'logoFrenchRepublic':
      return LogoFrenchRepublic;
    case 'logoFrenchDouane':
      return LogoFrenchDouane;
    case 'logoDouane':
      return LogoDouane;
    case 'add':
      return Add;
    case 'home':
      return Home;
    case 'info':
      return Info;
    case 'arrowRight':
      return ArrowRight;
    case 'basketColor':
      return BasketColor;
    case 'boat':
      return Boat;
    case 'car':
      return Car;
    case 'other':
      return Other;
    case 'pet':
      return Pet;
    case 'plane':
      return Plane;
    case 'plants':
      return Plants;
    case 'qrCode':
      return QrCode;
    case 'train':
      return Train;
    case 'traveler':
      return Traveler;
    case 'liteSearch':
      return LiteSearch;
    case 'luggages':
      return Luggages;
    case 'calculator':
      return Calculator;
    case 'phone':
      return Phone;
    case 'mail':
      return Mail;
    case 'meat':
      return Meat;
    case 'medication':
      return Medication;
    case 'milk':
      return Milk;
    case 'money':
      return Money;
    case 'officerCap':
      return OfficerCap;
    case 'question':
      return Question;
    case 'search':
      return Search;
    case 'sweets':
      return Sweets;
    case 'tea':
      return Tea;
    case 'basket':
      return Basket;
    case 'bigArrowRight':
      return BigArrowRight;
    case 'ain':
      return AinIcon;
    case 'hauteSavoie':
      return HauteSavoieIcon;
    case 'coffee':
      return Coffee;
    case 'completeBasket':
      return CompleteBasket;
    case 'dairy':
      return Dairy;
    case 'download':
      return Download;
    case 'folder':
      return Folder;
    case 'forbidden':
      return Forbidden;
    case 'keyboard':
      return Keyboard;
    case 'watch':
      return Watch;
    case 'categoryAccessory':
      return CategoryAccessory;
    case 'categoryAccordions':
      return CategoryAccordions;
    case 'categoryActualities':
      return CategoryActualities;
    case 'categoryAdultClothes':
      return CategoryAdultClothes;
    case 'categoryAdvertisingCatalog':
      return CategoryAdvertisingCatalog;
    case 'categoryAlcohol':
      return CategoryAlcohol;
    case 'categoryAlcoholIntermediate':
      return CategoryAlcoholIntermediate;
    case 'categoryArt':
      return CategoryArt;
    case 'categoryBamboo':
      return CategoryBamboo;
    case 'categoryClothes':
      return CategoryClothes;
    case 'categoryCologne':
      return CategoryCologne;
    case 'categoryCommonGround':
      return CategoryCommonGround;
    case 'categoryContact':
      return CategoryContact;
    case 'categoryCreateDeclaration':
      return CategoryCreateDeclaration;
    case 'categoryShoes':
      return CategoryShoes;
    case 'categoryBeautyProducts':
      return CategoryBeautyProducts;
    case 'categoryBedding':
      return CategoryBedding;
    case 'categoryBeer':
      return CategoryBeer;
    case 'categoryBinoculars':
      return CategoryBinoculars;
    case 'categoryBooks':
      return CategoryBooks;
    case 'categoryCarRadio':
      return CategoryCarRadio;
    case 'categoryCar':
      return CategoryCar;
    case 'categoryCD':
      return CategoryCD;
    case 'categoryCeramic':
      return CategoryCeramic;
    case 'categoryChildrenClothes':
      return CategoryChildrenClothes;
    case 'categoryCigarette':
      return CategoryCigarette;
    case 'categoryCigarillos':
      return CategoryCigarillos;
    case 'categoryCigar':
      return CategoryCigar;
    case 'categoryCopper':
      return CategoryCopper;
    case 'categoryCotton':
      return CategoryCotton;
    case 'categoryCrystal':
      return CategoryCrystal;
    case 'categoryDecoration':
      return CategoryDecoration;
    case 'categoryDishes':
      return CategoryDishes;
    case 'categoryDVDPlayer':
      return CategoryDVDPlayer;
    case 'categoryDVD':
      return CategoryDVD;
    case 'categoryEarthenware':
      return CategoryEarthenware;
    case 'categoryElectricGuitar':
      return CategoryElectricGuitar;
    case 'categoryElectronicCigarettes':
      return CategoryElectronicCigarettes;
    case 'categoryFabricGloves':
      return CategoryFabricGloves;
    case 'categoryFabrics':
      return CategoryFabrics;
    case 'categoryFashion':
      return CategoryFashion;
    case 'categoryFishing':
      return CategoryFishing;
    case 'categoryFood':
      return CategoryFood;
    case 'categoryFurniture':
      return CategoryFurniture;
    case 'categoryGameConsole':
      return CategoryGameConsole;
    case 'categoryGlass':
      return CategoryGlass;
    case 'categoryGolf':
      return CategoryGolf;
    case 'categoryGPS':
      return CategoryGPS;
    case 'categoryGuitar':
      return CategoryGuitar;
    case 'categoryMackup':
      return CategoryMackUp;
    case 'categoryHighTech':
      return CategoryHightech;
    case 'categoryHobbies':
      return CategoryHobbies;
    case 'categoryHouse':
      return CategoryHouse;
    case 'categoryJewelry':
      return CategoryJewelry;
    case 'categoryLamp':
      return CategoryLamp;
    case 'categoryLaptop':
      return CategoryLaptop;
    case 'categoryLeatherAccessory':
      return CategoryLeatherAccessory;
    case 'categoryLeatherGoods':
      return CategoryLeatherGoods;
    case 'categoryLeather':
      return CategoryLeather;
    case 'categoryMetal':
      return CategoryMetal;
    case 'categoryMirror':
      return CategoryMirror;
    case 'categoryMP3':
      return CategoryMP3;
    case 'categoryMusicBox':
      return CategoryMusicBox;
    case 'categoryMusic':
      return CategoryMusic;
    case 'categoryNumericPiano':
      return CategoryNumericPiano;
    case 'categoryOther':
      return CategoryOther;
    case 'categoryPercussionInstrument':
      return CategoryPercussionInstrument;
    case 'categoryPerfume':
      return CategoryPerfume;
    case 'categoryPhoto':
      return CategoryPhoto;
    case 'categoryPiano':
      return CategoryPiano;
    case 'categoryPlastic':
      return CategoryPlastic;
    case 'categoryPorcelain':
      return CategoryPorcelain;
    case 'categoryRattan':
      return CategoryRattan;
    case 'categoryRims':
      return CategoryRims;
    case 'categorySandstone':
      return CategorySandstone;
    case 'categoryScarf':
      return CategoryScarf;
    case 'categorySilk':
      return CategorySilk;
    case 'categorySmartphone':
      return CategorySmartphone;
    case 'categorySki':
      return CategorySki;
    case 'categorySmiley':
      return CategorySmiley;
    case 'categorySocks':
      return CategorySocks;
    case 'categorySoftAlcohol':
      return CategorySoftAlcohol;
    case 'categorySpiritDrink':
      return CategorySpiritDrink;
    case 'categorySports':
      return CategorySports;
    case 'categoryStrongAlcohol':
      return CategoryStrongAlcohol;
    case 'categorySunglasses':
      return CategorySunglasses;
    case 'categorySynthesizer':
      return CategorySynthesizer;
    case 'categoryTobacco':
      return CategoryTobacco;
    case 'categoryTablet':
      return CategoryTablet;
    case 'categoryTextile':
      return CategoryTextile;
    case 'categoryTelevision':
      return CategoryTelevision;
    case 'categoryTennis':
      return CategoryTennis;
    case 'categoryTie':
      return CategoryTie;
    case 'categoryTire':
      return CategoryTire;
    case 'categoryVarious':
      return CategoryVarious;
    case 'categoryVetements':
      return CategoryVetements;
    case 'categoryVideoGame':
      return CategoryVideoGame;
    case 'categoryViolins':
      return CategoryViolins;
    case 'categoryWatches':
      return CategoryWatches;
    case 'categoryWig':
      return CategoryWig;
    case 'categoryWindsurf':
      return CategoryWindsurf;
    case 'categoryWine':
      return CategoryWine;
    case 'categoryWood':
      return CategoryWood;
    case 'categoryWoodenFloor':
      return CategoryWoodenFloor;
    case 'clearField':
      return ClearField;
    case 'douanier':
      return Douanier;
    case 'visibilityOff':
      return VisibilityOff;
    case 'visibilityOn':
      return VisibilityOn;
    case 'star':
      return Star;
    case 'starFull':
      return StarFull;
    case 'filter':
      return Filter;
    default:
      return CategoryOther;
  }
};

export const SvgIcon: React.FC<ISvgIconProps> = ({ name, className }: ISvgIconProps) => {
  const Svg = getSvgFromName(name);
  return <Svg data-testid="svg-element" className={className} />;
};
