using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Applications.Classification;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Reference;
using Sandbox.Applications.Reviews;
using Sandbox.Applications.Risk;
using Sandbox.Applications.Screening;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Classification;
using Sandbox.Domain.Risk;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Hosting;

namespace Sandbox.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>Pilot applications, the classification catalogue, screening and risk rules, all on the document store.</summary>
    public static IServiceCollection AddSandboxApplications(this IServiceCollection services, string? templateDirectory = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxScreening();
        services.AddDocumentSet<PilotApplication>(ApplicationContainers.Applications);
        services.AddDocumentSet<ApplicationVersion>(ApplicationContainers.Versions);
        services.AddDocumentSet<StoredAttachment>(ApplicationContainers.Attachments);
        services.AddDocumentSet<CaseNote>(ApplicationContainers.Notes);
        services.AddDocumentSet<ReferenceSequence>(ApplicationContainers.Sequences);
        services.AddDocumentSet<ReferenceVersion<CatalogueVersion>>(ReferenceIds.Container(ClassificationCatalogue.ContainerName));
        services.AddDocumentSet<ReferenceVersion<RiskRuleSet>>(ReferenceIds.Container(RiskRuleBook.ContainerName));
        services.AddSingleton(provider => new ReferenceVersions<CatalogueVersion>(
            provider.GetRequiredService<DocumentSet<ReferenceVersion<CatalogueVersion>>>(), provider.GetRequiredService<TimeProvider>(),
            "Sandbox.Applications.Seed.classification-catalogue-v1.json", c => (c.Version, c.EffectiveFrom)));
        services.AddSingleton(provider => new ReferenceVersions<RiskRuleSet>(
            provider.GetRequiredService<DocumentSet<ReferenceVersion<RiskRuleSet>>>(), provider.GetRequiredService<TimeProvider>(),
            "Sandbox.Applications.Seed.risk-rules-v1.json", r => (r.Version, r.EffectiveFrom)));
        services.AddSingleton(_ => new SandboxTemplateCatalog(templateDirectory ?? SandboxTemplateCatalog.DefaultDirectory));
        services.AddSingleton<ReferenceNumbers>();
        services.AddSingleton<ReReviewFlagger>();
        services.AddSingleton<ClassificationCatalogue>();
        services.AddSingleton<RiskRuleBook>();
        services.AddDocumentSet<ReviewRecord>(ReviewContainers.Records);
        services.AddSingleton<ReferenceReviews>();
        services.AddSingleton<CaseScreening>();
        services.AddSingleton<CaseSubmission>();
        services.AddSingleton<PilotApplications>();
        services.AddSingleton<CaseNotes>();
        services.AddSingleton<CaseAdjudication>();
        return services;
    }
}
