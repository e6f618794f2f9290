namespace Sandbox.Oversight.Misuse;

/// <summary>Fields of the misuse workflow's instance data that the definition and the activities share.</summary>
public static class MisuseData
{
    public const string ReportId = "reportId";
    public const string Reference = "reference";
    public const string ReporterUserId = "reporterUserId";
    public const string TriageDays = "triageDays";
    public const string InvestigationDays = "investigationDays";
    public const string Severity = "severity";
    public const string LicenceId = "licenceId";
    public const string LicenceReference = "licenceReference";
    public const string HolderOrganizationId = "holderOrganizationId";

    /// <summary>The holder of the licence the reporter named: kept out of the triage tasks.</summary>
    public const string NamedHolderOrganizationId = "namedHolderOrganizationId";
    public const string AddedConditions = "addedConditions";
}
