using Sandbox.Applications.Access;

namespace Sandbox.Oversight.Misuse;

/// <summary>Who sends a report: a signed-in person (who may still ask to stay anonymous) or nobody known, from an address.</summary>
/// <param name="Address">The network address, used only to limit the rate of reports; never stored.</param>
public sealed record MisuseReporter(CaseActor? Person, string? DisplayName, string Address)
{
    public static MisuseReporter Anonymous(string address) => new(null, null, address);
}
