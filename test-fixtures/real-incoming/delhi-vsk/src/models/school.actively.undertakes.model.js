const mongoose = require('mongoose');
const { toJSON, paginate } = require('./plugins');

const schoolUndertakesSchema = new mongoose.Schema({
  district: { type: String, required: true },
  zone: { type: Number, required: true },
  SchoolID: { type: Number, required: true },
  SchName: { type: String, required: true },
  SchAddress: { type: String, required: true },
  Sch_Type: { type: String, required: true },
  LOWCLASS: { type: Number, required: true },
  HIGHCLASS: { type: Number, required: true },
  item_id: { type: Number, required: true },
  ProjectGrpWork_1: { type: String, required: true },
  ProjectGrpWork_2: { type: String, required: true },
  ProjectGrpWork_3: { type: String, required: true },
  ProjectGrpWork_4: { type: String, required: true },
  ProjectGrpWork_5: { type: String, required: true },
  ProjectGrpWork_6: { type: String, required: true },
  ProjectGrpWork_7: { type: String, required: true },
  ProjectGrpWork_8: { type: String, required: true },
  ProjectGrpWork_9: { type: String, required: true },
  ProjectGrpWork_10: { type: String, required: true },
  ProjectGrpWork_11: { type: String, required: true },
  ProjectGrpWork_12: { type: String, required: true },
});
// add plugin that converts mongoose to json
schoolUndertakesSchema.plugin(toJSON);
schoolUndertakesSchema.plugin(paginate);

const SchoolUndertakes = mongoose.model('schoolUndertakes', schoolUndertakesSchema);

module.exports = SchoolUndertakes;
