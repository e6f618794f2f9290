using Sandbox.Domain.Applications;
using static Sandbox.Domain.Licensing.LicenceFormat;

namespace Sandbox.Domain.Licensing;

/// <summary>
/// How long a licence may run: an initial period and at most one extension, both capped by where the pilot runs.
/// Real-world testing gets six months and one more (EU AI Act Art. 60); lab-only and synthetic-data pilots a year and one more.
/// Only an Active licence can be extended: a suspended one is first reinstated, so an extension never hides a breach.
/// </summary>
public sealed record SunsetRule
{
    public const int ContainedDays = 365;
    public const int MaxExtensions = 1;

    public SunsetRule(int maxInitialDays, int maxExtensionDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInitialDays, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExtensionDays);
        MaxInitialDays = maxInitialDays;
        MaxExtensionDays = maxExtensionDays;
    }

    public static SunsetRule RealWorldTesting { get; } = new(ApplicationLimits.MaxRealWorldTestingDays, ApplicationLimits.MaxRealWorldTestingDays);

    /// <summary>Lab-only and synthetic-data pilots.</summary>
    public static SunsetRule Contained { get; } = new(ContainedDays, ContainedDays);

    public int MaxInitialDays { get; }

    public int MaxExtensionDays { get; }

    public static SunsetRule For(DeploymentContext context) => context switch
    {
        DeploymentContext.RealWorldTesting => RealWorldTesting,
        DeploymentContext.LabOnly or DeploymentContext.SyntheticData => Contained,
        _ => throw new ArgumentOutOfRangeException(nameof(context), context, "Not a deployment context."),
    };

    /// <summary>The latest a licence starting at <paramref name="validFrom"/> can run to, with its extension.</summary>
    public DateTimeOffset SunsetAt(DateTimeOffset validFrom) => validFrom.AddDays(MaxInitialDays + MaxExtensionDays);

    public IReadOnlyList<FieldProblem> ValidateInitial(DateTimeOffset validFrom, DateTimeOffset validTo)
    {
        var problems = new ProblemList();
        if (validTo <= validFrom)
        {
            problems.Add("validTo", "The licence must end after it starts.");
        }
        else if (validTo - validFrom > TimeSpan.FromDays(MaxInitialDays))
        {
            problems.Add("validTo", $"A licence runs at most {Number(MaxInitialDays)} days at first (this runs {Days(validTo - validFrom)}); " +
                $"one extension of up to {Number(MaxExtensionDays)} days can follow.");
        }

        return problems.Problems;
    }

    public IReadOnlyList<FieldProblem> ValidateExtension(PilotLicence licence, DateTimeOffset requestedValidTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var problems = new ProblemList();
        var sunset = Min(licence.SunsetAt, SunsetAt(licence.ValidFrom));
        if (licence.Status != LicenceStatus.Active)
        {
            problems.Add("status", $"Only an Active licence can be extended; {licence.Reference} is {licence.Status}." +
                (licence.Status == LicenceStatus.Suspended ? " Reinstate it first." : string.Empty));
        }

        if (licence.ExtensionCount >= MaxExtensions)
        {
            problems.Add("extensionCount", $"Licence {licence.Reference} was already extended, and a licence is extended once: " +
                $"it cannot run past its sunset on {Day(sunset)}. A longer pilot needs a new application.");
        }

        if (now >= licence.ValidTo)
        {
            problems.Add("validTo", $"Licence {licence.Reference} ended on {Day(licence.ValidTo)}; an extension is asked for while the licence runs.");
        }

        if (problems.Problems.Count > 0)
        {
            return problems.Problems;
        }

        if (requestedValidTo <= licence.ValidTo)
        {
            problems.Add("validTo", $"An extension ends later than the licence does now ({Day(licence.ValidTo)}).");
        }
        else if (requestedValidTo - licence.ValidTo > TimeSpan.FromDays(MaxExtensionDays))
        {
            problems.Add("validTo", $"An extension adds at most {Number(MaxExtensionDays)} days (this adds {Days(requestedValidTo - licence.ValidTo)}).");
        }
        else if (requestedValidTo > sunset)
        {
            problems.Add("validTo", $"Licence {licence.Reference} cannot run past its sunset on {Day(sunset)}.");
        }

        return problems.Problems;
    }

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left <= right ? left : right;
}
