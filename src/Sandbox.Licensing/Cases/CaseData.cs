namespace Sandbox.Licensing.Cases;

/// <summary>The instance data keys the case definitions and activities share, named once.</summary>
public static class CaseData
{
    public const string ApplicationId = "applicationId";
    public const string ApplicationReference = "applicationReference";
    public const string Version = "version";
    public const string Title = "title";
    public const string Tier = "tier";
    public const string ReviewDays = "reviewDays";
    public const string FastTrackDays = "fastTrackDays";
    public const string Screening = "screening";
    public const string Verifications = "verifications";
    public const string Expedited = "expedited";
    public const string HumanitarianEndUse = "humanitarianEndUse";
    public const string RequestedDays = "requestedDays";
    public const string Deployment = "deployment";
    public const string TemplateId = "templateId";
    public const string ClassificationCodes = "classificationCodes";
    public const string Destinations = "destinations";
    public const string DefaultConditions = "defaultConditions";
    public const string AlliedDenials = "alliedDenials";
    public const string ConsultationTargets = "consultationTargets";
    public const string ConsultationRequired = "consultationRequired";
    public const string Consultations = "consultations";
    public const string ConsultationAnswer = "consultationAnswer";
    public const string AlliedObjection = "alliedObjection";
    public const string NeedsCountersign = "needsCountersign";
    public const string ExpeditedRoute = "expeditedRoute";
    public const string FastTrackRoute = "fastTrackRoute";
    public const string Decision = "decision";
    public const string LicenceId = "licenceId";
    public const string LicenceReference = "licenceReference";
    public const string ProvisionalLicenceId = "provisionalLicenceId";
    public const string ParentInstanceId = "parentInstanceId";
    public const string AllyKey = "allyKey";
    public const string AllyOrganizationId = "allyOrganizationId";
    public const string AllyCountry = "allyCountry";
    public const string DenialReference = "denialReference";
    public const string TimeoutDays = "timeoutDays";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";
    public const string RequestedValidTo = "requestedValidTo";
    public const string ExtensionAssessment = "extensionAssessment";
}
