namespace Sandbox.Oversight.Transparency;

public static class TransparencyAuditEvents
{
    public const string Published = "transparency.report-published";
}
