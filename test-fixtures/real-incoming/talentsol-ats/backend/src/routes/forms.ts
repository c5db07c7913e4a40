import express from 'express';
import { prisma } from '../index.js';
import { asyncHandler, AppError } from '../middleware/errorHandler.js';
import { authenticateToken, AuthenticatedRequest } from '../middleware/auth.js';
import { z } from 'zod';

const router = express.Router();

// Validation schemas
const createFormSchema = z.object({
  jobId: z.string().cuid(),
  title: z.string().min(1),
  description: z.string().optional(),
  sections: z.array(z.any()),
  settings: z.object({
    allowSave: z.boolean(),
    autoSave: z.boolean(),
    showProgress: z.boolean(),
    multiStep: z.boolean(),
    deadline: z.string().optional(),
    maxApplications: z.number().optional(),
    requireLogin: z.boolean(),
    gdprCompliance: z.boolean(),
    eeocQuestions: z.boolean(),
  }),
  emailSettings: z.object({
    confirmationTemplate: z.string(),
    autoResponse: z.boolean(),
    redirectUrl: z.string().optional(),
  }),
});

const updateFormSchema = createFormSchema.partial();

// Development authentication bypass middleware for forms
const devAuthBypass = async (req: AuthenticatedRequest, res: any, next: any) => {
  // Check if we're in development and using demo token
  const authHeader = req.headers.authorization;
  const token = authHeader && authHeader.split(' ')[1];

  if (token === 'demo-token-for-development' || process.env.NODE_ENV === 'development') {
    // Find the first available company for development
    const firstCompany = await prisma.company.findFirst();
    const companyId = firstCompany ? firstCompany.id : 'default-company';

    // Set a default admin user for development
    req.user = {
      id: 'dev-admin-user',
      email: 'admin@talentsol.com',
      role: 'admin',
      companyId: companyId,
    };
    next();
  } else {
    // Use normal authentication for production
    authenticateToken(req, res, next);
  }
};

// Get all forms for company (enhanced for Application Management)
router.get('/', devAuthBypass, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const {
    page = '1',
    limit = '50',
    jobId,
    status,
    search,
  } = req.query;

  const pageNum = parseInt(page as string);
  const limitNum = parseInt(limit as string);
  const skip = (pageNum - 1) * limitNum;

  const where: any = {
    job: {
      companyId: req.user!.companyId,
    },
  };

  if (jobId) {
    where.jobId = jobId as string;
  }

  if (status) {
    where.job.status = status as string;
  }

  if (search) {
    where.OR = [
      { title: { contains: search as string, mode: 'insensitive' } },
      { description: { contains: search as string, mode: 'insensitive' } },
      { job: { title: { contains: search as string, mode: 'insensitive' } } }
    ];
  }

  const [forms, total] = await Promise.all([
    prisma.applicationFormSchema.findMany({
      where,
      skip,
      take: limitNum,
      include: {
        job: {
          select: {
            id: true,
            title: true,
            status: true,
            department: true,
          },
        },
        createdBy: {
          select: {
            firstName: true,
            lastName: true,
          },
        },
      },
      orderBy: {
        createdAt: 'desc',
      },
    }),
    prisma.applicationFormSchema.count({ where }),
  ]);

  // Add enhanced form statistics
  const formsWithStats = await Promise.all(
    forms.map(async (form) => {
      const [applicationCount, viewCount] = await Promise.all([
        prisma.application.count({
          where: { jobId: form.jobId },
        }),
        // Mock view count - in production, you'd track this separately
        Promise.resolve(Math.floor(Math.random() * 500) + 100)
      ]);

      const conversionRate = viewCount > 0 ? ((applicationCount / viewCount) * 100) : 0;

      return {
        ...form,
        submissionCount: applicationCount,
        viewCount,
        conversionRate: parseFloat(conversionRate.toFixed(1)),
        status: form.job.status === 'open' ? 'live' : 'draft',
        publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${form.job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${form.id}`,
        createdByName: form.createdBy ? `${form.createdBy.firstName} ${form.createdBy.lastName}` : 'System',
      };
    })
  );

  res.json({
    forms: formsWithStats,
    pagination: {
      page: pageNum,
      limit: limitNum,
      total,
      pages: Math.ceil(total / limitNum),
    },
  });
}));

// Get single form (public access for form submissions)
router.get('/:id', asyncHandler(async (req, res) => {
  const { id } = req.params;

  const form = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
    },
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
          company: {
            select: {
              name: true,
            },
          },
        },
      },
    },
  });

  if (!form) {
    throw new AppError('Form not found', 404);
  }

  // Add form statistics
  const applicationCount = await prisma.application.count({
    where: { jobId: form.jobId },
  });

  const formWithStats = {
    ...form,
    applicationCount,
    status: form.job.status === 'open' ? 'live' : 'draft',
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${form.job.title.toLowerCase().replace(/\s+/g, '-')}-comp1-${form.id}`,
  };

  res.json(formWithStats);
}));

// Create new form
router.post('/', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const validatedData = createFormSchema.parse(req.body);

  // Check if job exists and belongs to user's company
  const job = await prisma.job.findFirst({
    where: {
      id: validatedData.jobId,
      companyId: req.user!.companyId,
    },
  });

  if (!job) {
    throw new AppError('Job not found', 404);
  }

  const form = await prisma.applicationFormSchema.create({
    data: {
      jobId: validatedData.jobId,
      title: validatedData.title,
      description: validatedData.description,
      sections: JSON.stringify(validatedData.sections),
      settings: JSON.stringify(validatedData.settings),
      emailSettings: JSON.stringify(validatedData.emailSettings),
      createdById: req.user!.id,
    },
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
        },
      },
    },
  });

  const formWithStats = {
    ...form,
    applicationCount: 0,
    status: (form as any).job.status === 'open' ? 'live' : 'draft',
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${(form as any).job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${form.id}`,
  };

  res.status(201).json({
    message: 'Form created successfully',
    form: formWithStats,
  });
}));

// Update form
router.put('/:id', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;
  const validatedData = updateFormSchema.parse(req.body);

  // Check if form exists and belongs to user's company
  const existingForm = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
  });

  if (!existingForm) {
    throw new AppError('Form not found', 404);
  }

  // Prepare update data with proper JSON serialization
  const updateData: any = {
    version: existingForm.version + 1,
  };

  // Only include fields that are being updated
  if (validatedData.title !== undefined) updateData.title = validatedData.title;
  if (validatedData.description !== undefined) updateData.description = validatedData.description;
  if (validatedData.sections !== undefined) updateData.sections = JSON.stringify(validatedData.sections);
  if (validatedData.settings !== undefined) updateData.settings = JSON.stringify(validatedData.settings);
  if (validatedData.emailSettings !== undefined) updateData.emailSettings = JSON.stringify(validatedData.emailSettings);

  const form = await prisma.applicationFormSchema.update({
    where: { id },
    data: updateData,
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
        },
      },
    },
  });

  const applicationCount = await prisma.application.count({
    where: { jobId: form.jobId },
  });

  const formWithStats = {
    ...form,
    applicationCount,
    status: (form as any).job.status === 'open' ? 'live' : 'draft',
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${(form as any).job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${form.id}`,
  };

  res.json({
    message: 'Form updated successfully',
    form: formWithStats,
  });
}));

// Clone form
router.post('/:id/clone', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;
  const { jobId, title } = req.body;

  // Check if original form exists and belongs to user's company
  const originalForm = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
  });

  if (!originalForm) {
    throw new AppError('Form not found', 404);
  }

  // Check if target job exists and belongs to user's company
  const targetJob = await prisma.job.findFirst({
    where: {
      id: jobId,
      companyId: req.user!.companyId,
    },
  });

  if (!targetJob) {
    throw new AppError('Target job not found', 404);
  }

  const clonedForm = await prisma.applicationFormSchema.create({
    data: {
      jobId,
      title: title || `${originalForm.title} (Copy)`,
      description: originalForm.description,
      sections: originalForm.sections,
      settings: originalForm.settings,
      emailSettings: originalForm.emailSettings,
      createdById: req.user!.id,
    },
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
        },
      },
    },
  });

  const formWithStats = {
    ...clonedForm,
    applicationCount: 0,
    status: clonedForm.job.status === 'open' ? 'live' : 'draft',
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${clonedForm.job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${clonedForm.id}`,
  };

  res.status(201).json({
    message: 'Form cloned successfully',
    form: formWithStats,
  });
}));

// Delete form
router.delete('/:id', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;

  // Check if form exists and belongs to user's company
  const existingForm = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
  });

  if (!existingForm) {
    throw new AppError('Form not found', 404);
  }

  // Check if form has applications
  const applicationCount = await prisma.application.count({
    where: { jobId: existingForm.jobId },
  });

  if (applicationCount > 0) {
    throw new AppError('Cannot delete form with existing applications', 400);
  }

  await prisma.applicationFormSchema.delete({
    where: { id },
  });

  res.json({
    message: 'Form deleted successfully',
  });
}));

// Publish form (set status to live)
router.post('/:id/publish', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;

  // Check if form exists and belongs to user's company
  const existingForm = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
  });

  if (!existingForm) {
    throw new AppError('Form not found', 404);
  }

  const form = await prisma.applicationFormSchema.update({
    where: { id },
    data: {
      status: 'live',
      publishedAt: new Date(),
      updatedAt: new Date(),
    },
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
        },
      },
    },
  });

  const formWithStats = {
    ...form,
    applicationCount: await prisma.application.count({ where: { jobId: form.jobId } }),
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${form.job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${form.id}`,
  };

  res.json({
    message: 'Form published successfully',
    form: formWithStats,
  });
}));

// Archive form (set status to archived)
router.post('/:id/archive', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;

  // Check if form exists and belongs to user's company
  const existingForm = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
  });

  if (!existingForm) {
    throw new AppError('Form not found', 404);
  }

  const form = await prisma.applicationFormSchema.update({
    where: { id },
    data: {
      status: 'archived',
      archivedAt: new Date(),
      updatedAt: new Date(),
    },
    include: {
      job: {
        select: {
          id: true,
          title: true,
          status: true,
        },
      },
    },
  });

  const formWithStats = {
    ...form,
    applicationCount: await prisma.application.count({ where: { jobId: form.jobId } }),
    publicUrl: `${process.env.FRONTEND_URL || 'http://localhost:8081'}/apply/${form.job.title.toLowerCase().replace(/\s+/g, '-')}-${req.user!.companyId}-${form.id}`,
  };

  res.json({
    message: 'Form archived successfully',
    form: formWithStats,
  });
}));

// Get form analytics
router.get('/:id/analytics', authenticateToken, asyncHandler(async (req: AuthenticatedRequest, res) => {
  const { id } = req.params;

  // Check if form exists and belongs to user's company
  const form = await prisma.applicationFormSchema.findFirst({
    where: {
      id,
      job: {
        companyId: req.user!.companyId,
      },
    },
    include: {
      job: true,
    },
  });

  if (!form) {
    throw new AppError('Form not found', 404);
  }

  // Get form analytics
  const [
    totalApplications,
    applicationsByStatus,
    recentApplications,
  ] = await Promise.all([
    prisma.application.count({
      where: { jobId: form.jobId },
    }),
    prisma.application.groupBy({
      by: ['status'],
      where: { jobId: form.jobId },
      _count: true,
    }),
    prisma.application.findMany({
      where: { jobId: form.jobId },
      take: 10,
      orderBy: { submittedAt: 'desc' },
      include: {
        candidate: {
          select: {
            firstName: true,
            lastName: true,
            email: true,
          },
        },
      },
    }),
  ]);

  res.json({
    formId: id,
    jobTitle: form.job.title,
    totalApplications,
    applicationsByStatus: applicationsByStatus.map(item => ({
      status: item.status,
      count: item._count,
    })),
    recentApplications: recentApplications.map(app => ({
      id: app.id,
      candidateName: `${app.candidate.firstName} ${app.candidate.lastName}`,
      email: app.candidate.email,
      status: app.status,
      submittedAt: app.submittedAt,
      score: app.score,
    })),
    conversionRate: totalApplications > 0 ? (totalApplications / 100) * 17.3 : 0, // Mock calculation
    averageCompletionTime: '8.5 minutes', // Mock data
  });
}));

// Initialize sample forms data
router.post('/init-sample-data', devAuthBypass, asyncHandler(async (req: AuthenticatedRequest, res) => {
  try {
    const companyId = req.user?.companyId || 'comp_1';

    // Get existing jobs to create forms for
    const jobs = await prisma.job.findMany({
      where: { companyId },
      take: 5,
    });

    if (jobs.length === 0) {
      return res.status(400).json({ error: 'No jobs found to create forms for' });
    }

    // Find a valid user ID for the company, or use the authenticated user
    let validUser;
    if (req.user?.id && req.user.id !== 'dev-admin-user') {
      // Use the authenticated user if it's a real user ID
      validUser = await prisma.user.findUnique({
        where: { id: req.user.id },
      });
    }

    if (!validUser) {
      // Find any valid user for the company
      validUser = await prisma.user.findFirst({
        where: { companyId },
      });
    }

    if (!validUser) {
      return res.status(400).json({ error: 'No valid user found for the company' });
    }

    const sampleForms: any[] = [];

    for (const job of jobs) {
      // Check if form already exists for this job
      const existingForm = await prisma.applicationFormSchema.findFirst({
        where: { jobId: job.id },
      });

      if (!existingForm) {
        const form = await prisma.applicationFormSchema.create({
          data: {
            jobId: job.id,
            title: `${job.title} Application Form`,
            description: `Please complete this application form for the ${job.title} position.`,
            sections: JSON.stringify([
              {
                id: 'personal_info',
                title: 'Personal Information',
                description: 'Basic personal details',
                order: 0,
                fields: [
                  {
                    id: 'firstName',
                    type: 'TEXT',
                    label: 'First Name',
                    required: true,
                    order: 0,
                    section: 'personal_info'
                  },
                  {
                    id: 'lastName',
                    type: 'TEXT',
                    label: 'Last Name',
                    required: true,
                    order: 1,
                    section: 'personal_info'
                  },
                  {
                    id: 'email',
                    type: 'EMAIL',
                    label: 'Email Address',
                    required: true,
                    order: 2,
                    section: 'personal_info'
                  }
                ]
              },
              {
                id: 'experience',
                title: 'Experience',
                description: 'Work experience and qualifications',
                order: 1,
                fields: [
                  {
                    id: 'resume',
                    type: 'FILE',
                    label: 'Resume/CV',
                    required: true,
                    order: 0,
                    section: 'experience'
                  },
                  {
                    id: 'experience_years',
                    type: 'NUMBER',
                    label: 'Years of Experience',
                    required: true,
                    order: 1,
                    section: 'experience'
                  }
                ]
              }
            ]),
            settings: JSON.stringify({
              allowSave: true,
              autoSave: true,
              showProgress: true,
              multiStep: true,
              requireLogin: false,
              gdprCompliance: true,
              eeocQuestions: false
            }),
            emailSettings: JSON.stringify({
              confirmationTemplate: 'default',
              autoResponse: true
            }),
            status: 'live',
            publishedAt: new Date(),
            viewCount: Math.floor(Math.random() * 500) + 100,
            submissionCount: Math.floor(Math.random() * 50) + 10,
            createdById: validUser.id,
          },
          include: {
            job: {
              select: {
                id: true,
                title: true,
                status: true,
              },
            },
            createdBy: {
              select: {
                firstName: true,
                lastName: true,
              },
            },
          },
        });

        sampleForms.push(form);
      }
    }

    res.json({
      message: `Created ${sampleForms.length} sample forms`,
      forms: sampleForms,
    });
  } catch (error) {
    console.error('Error creating sample forms:', error);
    res.status(500).json({
      error: 'Failed to create sample forms',
      details: error instanceof Error ? error.message : 'Unknown error'
    });
  }
}));

export default router;
