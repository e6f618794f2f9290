using Sandbox.Licensing.Exchange;

namespace Sandbox.Oversight.ExitReports;

/// <summary>
/// Turns a published report into its public form. Free text written by people (objectives, methodology, what was
/// tested, the narrative) goes through <see cref="ExchangeAnonymizer.Scrub"/>: e-mail addresses and phone numbers
/// always, plus the names the report records (<see cref="ExitReport.PersonalNames"/>, and the holder's own name when it chose not to be named).
/// </summary>
public static class PublicExitReportBuilder
{
    public static PublicExitReport Build(ExitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var named = report.Consent?.Naming == HolderNaming.Named;
        IReadOnlyCollection<string> names = named ? report.PersonalNames : [.. report.PersonalNames, report.HolderOrganizationName];
        string? Clean(string? text) => text is null ? null : ExchangeAnonymizer.Scrub(text, names);
        var facts = report.Facts;
        return new PublicExitReport
        {
            Id = report.Id,
            LicenceReference = report.LicenceReference,
            Holder = named ? report.HolderOrganizationName : report.HolderGeneralized,
            PilotTitle = Clean(report.PilotTitle)!,
            ValidFrom = facts.ValidFrom,
            EndedAt = facts.EndedAt,
            Outcome = facts.Outcome,
            Objectives = Clean(facts.Objectives),
            Methodology = Clean(facts.Methodology),
            Tested = facts.Tested.Select(t => Clean(t)!).ToList(),
            Conditions = facts.Conditions with { Narrative = facts.Conditions.Narrative.Select(n => Clean(n)!).ToList() },
            StatusChanges = facts.StatusChanges.Select(c => new PublicStatusChange(c.Status, c.At)).ToList(),
            QueriesAnswered = facts.Activity.QueriesAnswered,
            Refusals = facts.Activity.Refusals,
            Exports = facts.Activity.Exports,
            Incidents = facts.Incidents.Count,
            Suspensions = facts.Suspensions.Count,
            Narrative = report.Narrative with
            {
                Learned = Clean(report.Narrative.Learned),
                Results = Clean(report.Narrative.Results),
                Deviations = Clean(report.Narrative.Deviations),
                DataDisposal = Clean(report.Narrative.DataDisposal),
            },
            PublishedAt = report.PublishedAt ?? report.AssembledAt,
        };
    }
}
