import mongoose from 'mongoose';

const ExperimentalBatchSchema = new mongoose.Schema({
    name: { type: String, required: true },
    description: { type: String, default: '' },
    // Free-text label telling the story of this run in the suite grid,
    // e.g. "v2 – tightened citation instructions".
    runLabel: { type: String, default: '', trim: true, maxLength: 200 },

    // 'batch' (generation), 'analysis' (run + analyzer), 'comparison' (two completed runs)
    type: { type: String, required: true, enum: ['batch', 'analysis', 'comparison'] },
    appVersion: { type: String, default: '' },

    status: {
        type: String,
        required: true,
        enum: ['pending', 'processing', 'completed', 'failed', 'cancelled'],
        default: 'pending'
    },

    // Configuration for the run
    config: {
        // Shared
        aiProvider: { type: String },

        // For 'batch' type
        workflow: { type: String },
        searchProvider: { type: String },
        pageLanguage: { type: String, default: 'en' },

        // For 'analysis' type
        analyzerId: { type: String }, // Backwards compatibility
        analyzerIds: [{ type: String }],
        datasetId: { type: mongoose.Schema.Types.ObjectId, ref: 'ExperimentalDataset' },
        analyzerConfig: { type: mongoose.Schema.Types.Mixed, default: {} }, // threshold, etc.
        analysisMode: { type: String, enum: ['generated-answer', 'dataset-reference'] },
        baselineRunId: { type: mongoose.Schema.Types.ObjectId, ref: 'ExperimentalBatch' },
        candidateRunId: { type: mongoose.Schema.Types.ObjectId, ref: 'ExperimentalBatch' },
        // Trials per question (pass@k / pass^k). Each dataset row is run
        // this many times as independent items.
        trials: { type: Number, default: 1, min: 1, max: 8 },
    },

    // Files metadata
    files: {
        // For single input (batch or single-evaluator)
        input: {
            filename: String,
            rowCount: Number,
            uploadedAt: Date
        },
        // For comparison input
        comparison: {
            filename: String,
            rowCount: Number,
            uploadedAt: Date
        }
    },

    // Execution Summary
    summary: {
        total: { type: Number, default: 0 },
        completed: { type: Number, default: 0 },
        failed: { type: Number, default: 0 },

        // Analysis specific stats
        matches: { type: Number, default: 0 },
        differences: { type: Number, default: 0 },
        flagged: { type: Number, default: 0 },
    },

    analyzerSummary: { type: mongoose.Schema.Types.Mixed, default: {} }, // { [analyzerId]: { completed, failed, skipped } }

    createdBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },

    error: { type: String }

}, {
    timestamps: true,
    versionKey: false
});

// Index for efficient listing
ExperimentalBatchSchema.index({ createdAt: -1 });
ExperimentalBatchSchema.index({ type: 1, status: 1 });

export const ExperimentalBatch = mongoose.models.ExperimentalBatch || mongoose.model('ExperimentalBatch', ExperimentalBatchSchema);
