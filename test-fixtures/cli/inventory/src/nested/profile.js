const { z } = require("zod");

// A CommonJS module with a zod schema: JavaScript counts too.
const ProfileSchema = z.object({
  displayName: z.string(),
  homeAddress: z.string(),
  ip: z.string().ip(),
});

module.exports = { ProfileSchema };
