using Sandbox.Domain.Licensing;
using Sandbox.Provisioning.Environments;
using Sandbox.Applications.Templates;

namespace Sandbox.Provisioning.Provisioning;

/// <summary>
/// Whether a newer version of the same major may apply to a running sandbox: never if it would loosen what the licence
/// enforces there — a field of an existing dataset changing class or type, operations (scopes) added, or conditions
/// that end up weaker than those in force. Such a version needs a new licence, whatever its number says.
/// </summary>
public static class TemplateUpgradeRules
{
    public static IReadOnlyList<string> Loosening(SandboxEnvironment environment, SandboxTemplate target, LicenceConditions upgraded)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(upgraded);
        var reasons = new List<string>();
        foreach (var dataset in environment.Datasets)
        {
            if (target.Datasets.FirstOrDefault(d => d.Name == dataset.Recipe.Name) is not { } next)
            {
                continue;
            }

            foreach (var field in dataset.Recipe.Fields)
            {
                if (next.Field(field.Name) is { } changed && (changed.Class != field.Class || changed.Type != field.Type))
                {
                    reasons.Add($"{dataset.Recipe.Name}.{field.Name} changes from {field.Class} {field.Type} to {changed.Class} {changed.Type}");
                }
            }
        }

        reasons.AddRange(target.Scopes.Except(environment.OfferedOperations, StringComparer.Ordinal).Select(operation => $"adds the operation '{operation}'"));
        reasons.AddRange(upgraded.ShortfallsAgainst(environment.Conditions).Select(problem => $"loosens {problem.Field}: {problem.Message}"));
        return reasons;
    }
}
