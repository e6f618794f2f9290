using MudBlazor;
using Sandbox.Oversight.Misuse;

namespace Sandbox.Web.Components.Pages.Misuse;

public static class MisuseDisplay
{
    public static Color SeverityColor(MisuseSeverity? severity) => severity switch
    {
        MisuseSeverity.Critical => Color.Error,
        MisuseSeverity.High => Color.Warning,
        MisuseSeverity.Medium => Color.Info,
        MisuseSeverity.Low => Color.Default,
        _ => Color.Dark,
    };

    public static string Status(MisuseStatus status) => status switch
    {
        MisuseStatus.AwaitingHolder => "Waiting for the holder",
        _ => status.ToString(),
    };

    public static string Source(MisuseSource source) => source switch
    {
        MisuseSource.GatewayTelemetry => "Gateway telemetry",
        MisuseSource.Anonymous => "Anonymous",
        MisuseSource.Person => "A person",
        _ => "Signed in",
    };

    public static string Allegation(MisuseAllegation allegation) => allegation switch
    {
        MisuseAllegation.MisuseOfTechnology => "Misuse of a licensed technology",
        MisuseAllegation.BreachOfConditions => "Breach of conditions",
        _ => "Other",
    };

    public static string Response(MisuseResponse? response) => response switch
    {
        MisuseResponse.NoAction => "No action",
        MisuseResponse.AddedConditions => "Conditions added",
        null => "—",
        _ => response.Value.ToString(),
    };
}
