namespace Sandbox.Licensing.Cases;

/// <summary>The definition ids in <c>workflows/</c> this project starts, and how instance ids are derived from subjects.</summary>
public static class CaseDefinitions
{
    public const string Standard = "standard-pilot-licence";
    public const string ExpeditedHumanitarian = "expedited-humanitarian-pilot";
    public const string PartnerFastTrack = "verified-partner-fast-track";
    public const string AlliedConsultation = "allied-consultation";
    public const string LicenceLifecycle = "pilot-licence-lifecycle";

    /// <summary>The definitions whose instances are the case itself (not a consultation or a licence).</summary>
    public static IReadOnlyList<string> Cases { get; } = [Standard, ExpeditedHumanitarian, PartnerFastTrack];

    public static string CaseInstanceId(string definition, string applicationId) => $"{definition}:{applicationId}";

    public static string LifecycleInstanceId(string licenceId) => $"{LicenceLifecycle}:{licenceId}";

    /// <summary>One consultation per ally and submitted version: a new version is consulted afresh.</summary>
    public static string ConsultationInstanceId(string caseInstanceId, string allyKey, int version) => $"{AlliedConsultation}:{caseInstanceId}:{allyKey}:v{version}";
}
