/**
 * Insurance Provider Model
 * Stores insurance provider information
 */

import mongoose from "mongoose"

const InsuranceProviderSchema = new mongoose.Schema({
  name: { type: String, required: true },
  email: { type: String, required: true },
  phone: { type: String, required: true },
  address: { type: String, required: true },
  startDate: { type: Date, required: true },
  endDate: { type: Date, required: true },
  createdAt: { type: Date, default: Date.now },
  updatedAt: { type: Date, default: Date.now },
})

InsuranceProviderSchema.index({ name: 1 })
InsuranceProviderSchema.index({ endDate: 1 })

InsuranceProviderSchema.virtual("id").get(function () {
  return this._id
})

InsuranceProviderSchema.set("toJSON", { virtuals: true })

const InsuranceProvider = mongoose.model("InsuranceProvider", InsuranceProviderSchema)

export default InsuranceProvider
