import mongoose, { model } from 'mongoose';

const Schema = mongoose.Schema;

const contextSchema = new Schema({
    topic: { type: String, required: false, default: '' },
    topicUrl: { type: String, required: false, default: '' },
    department: { type: String, required: false, default: '' },
    departmentUrl: { type: String, required: false, default: '' },
    // Post-answer task classification (docs/plans/program-action-classification.md).
    // '' = never classified (historical data or failed call); 'unknown' = the
    // classifier ran but was not confident. Canonical English values.
    program: { type: String, required: false, default: '' },
    action: { type: String, required: false, default: '' },
    searchResults: { type: String, required: false, default: '' },
    inputTokens: { type: String, required: false, default: '' },
    outputTokens: { type: String, required: false, default: '' },
    model: { type: String, required: false, default: '' },
    searchProvider: { type: String, required: false, default: '' },
    searchQuery: { type: String, required: false, default: '' },
    translatedQuestion: { type: String, required: false, default: '' },
    originalLang: { type: String, required: false, default: '' },
    qaMatches: {
        type: [{
            chatId: { type: String, required: false },
            interactionId: { type: String, required: false },
            similarity: { type: Number, required: false },
            totalScore: { type: Number, required: false },
            questionText: { type: String, required: false },
            answerText: { type: String, required: false },
            _id: false,
        }],
        required: false,
        default: undefined,
    },
}, {
    timestamps: true, versionKey: false,
    id: false,
});

export const Context = mongoose.models.Context || mongoose.model('Context', contextSchema);
