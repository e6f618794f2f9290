using System.Globalization;
using System.Text;
using Sandbox.Domain.Applications;

namespace Sandbox.Domain.Risk;

/// <summary>The words the explanations are made of, in one place so every line reads alike.</summary>
internal static class RiskText
{
    /// <summary>"+40", "−10" (a true minus sign), or "0".</summary>
    public static string Signed(int points) => points switch
    {
        > 0 => "+" + Number(points),
        < 0 => "\u2212" + Math.Abs((long)points).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum member in lower-case words: <c>HumanitarianAndDisasterResponse</c> → "humanitarian and disaster response".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Split(value.ToString(), ' ');

    /// <summary>An enum member as a code part: <c>InformedConsent</c> → "informed-consent".</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum => Split(value.ToString(), '-');

    public static string Deployment(DeploymentContext context) => context switch
    {
        DeploymentContext.LabOnly => "lab only",
        DeploymentContext.SyntheticData => "synthetic data only",
        DeploymentContext.RealWorldTesting => "real-world testing",
        _ => Words(context),
    };

    public static string Tier(RiskTier tier) => tier switch
    {
        RiskTier.Tier1FastTrack => "Tier 1 (fast track)",
        RiskTier.Tier2StandardReview => "Tier 2 (standard review)",
        RiskTier.Tier3EnhancedJointReview => "Tier 3 (enhanced joint review)",
        RiskTier.Tier4RefuseUnlessExceptional => "Tier 4 (refuse unless exceptional)",
        _ => "Tier " + Number((int)tier),
    };

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + conjunction + " " + items[^1],
    };

    private static string Split(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append(separator);
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
