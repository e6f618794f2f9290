namespace Sandbox.Oversight.Misuse;

public static class MisuseIds
{
    public const string Definition = "misuse-report";
    public const string SubjectKind = "misuse-report";
    public const string ReferencePrefix = "MIS";

    public static string Instance(string reportId) => "misuse-" + reportId;
}
