namespace Sandbox.Licensing;

public sealed class LicensingOptions
{
    public const string Section = "Licensing";

    /// <summary>How long an allied authority has to answer a consultation before it times out.</summary>
    public int ConsultationDays { get; set; } = 10;
}
