using System.Text.Json;
using System.Text.RegularExpressions;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Exchange;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.Exchange;
using Sandbox.Oversight.Misuse;
using Sandbox.Oversight.Tests.Misuse;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Exchange;

/// <summary>Misuse reports taken to their responses on the real workflows, exported as anonymized case studies and imported by an ally.</summary>
public sealed class MisuseCaseStudyExportTests : IAsyncLifetime
{
    private const string Statement = "We match nothing against any list; ask Dr. Okafor on 06 1234 5678.";
    private const string WarningReason = "Rita checked the station logs with Wanda's photos: stop the matching.";
    private const string SuspensionReason = "Matching against a watch list is outside every declared purpose.";
    private static readonly EvidenceUpload Photo = new("station-platform-4.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);

    private MisuseTestBed _bed = null!;
    private PilotLicence _licence = null!;
    private readonly List<MisuseReport> _reports = [];

    public async Task InitializeAsync()
    {
        _bed = await MisuseTestBed.StartAsync();
        _licence = await _bed.Sandboxes.ActiveLicenceAsync();
        var warned = await _bed.SubmitAsync(new MisuseReporter(MisuseTestBed.Watchdog, "Wanda", "198.51.100.7"), MisuseTestBed.Submission(_licence.Reference, Photo));
        await _bed.ActAsync(Regulator, warned.ReportId, "triage", new MisuseDecision("Credible: names a station and a date.", MisuseSeverity.High, _licence.Reference));
        await _bed.ActAsync(_bed.Host.Applicant, warned.ReportId, "holder-respond", new MisuseDecision(Statement));
        await _bed.ActAsync(Regulator, warned.ReportId, "warn", new MisuseDecision(WarningReason));
        var dismissed = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, dismissed.ReportId, "dismiss", new MisuseDecision("A duplicate of an earlier report."));
        var noAction = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, noAction.ReportId, "triage", new MisuseDecision("Plausible.", MisuseSeverity.Low, _licence.Reference));
        await _bed.ActAsync(Regulator, noAction.ReportId, "no-action", new MisuseDecision("Nothing found in the logs."));
        var suspended = await _bed.ReportAsync(_licence.Reference);
        await _bed.ActAsync(Regulator, suspended.ReportId, "triage", new MisuseDecision("Second report of the same use.", MisuseSeverity.Critical, _licence.Reference));
        await _bed.ActAsync(Senior, suspended.ReportId, "suspend", new MisuseDecision(SuspensionReason));
        foreach (var id in new[] { warned.ReportId, dismissed.ReportId, noAction.ReportId, suspended.ReportId })
        {
            _reports.Add(await _bed.ReportOfAsync(id));
        }
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    [Fact]
    public async Task Only_warnings_added_conditions_suspensions_and_revocations_become_case_studies_of_structured_facts()
    {
        var document = await CaseStudyExport.ExportAsync(_bed);

        var studies = document.Records.OfType<CaseStudyRecord>().OrderBy(s => s.Response, StringComparer.Ordinal).ToList();
        Assert.Equal(["suspension", "warning"], studies.Select(s => s.Response));
        var (suspension, warning) = (studies[0], studies[1]);
        Assert.Equal(("misuse-of-technology", "high", "report", 1, "eu"), (warning.Allegation, warning.Severity, warning.Origin, warning.Tier, warning.DestinationRegion));
        Assert.Equal(["SBX-RESEARCH-TOOLS"], warning.ClassificationCodes);
        Assert.Equal("research institution in NL", warning.Holder!.Description);
        Assert.Equal((Month(_reports[0].ReceivedAt), Month(_reports[0].ClosedAt!.Value)), (warning.ReceivedIn, warning.ClosedIn));
        Assert.Equal("critical", suspension.Severity);
        Assert.EndsWith("the holder was warned.", warning.Summary, StringComparison.Ordinal);
        Assert.EndsWith("the licence was suspended.", suspension.Summary, StringComparison.Ordinal);
        Assert.Equal($"NL:{MisuseCaseStudyWriter.SourceIdOf(_reports[0].Id)}", warning.RecordId);
    }

    [Fact]
    public async Task The_payload_holds_no_name_contact_description_statement_evidence_or_id_of_the_source()
    {
        var document = await CaseStudyExport.ExportAsync(_bed);
        var payload = JsonSerializer.Serialize(document, AlliedExchangeFormat.Json);
        var studies = string.Join("\n", CaseStudyExport.CaseStudiesJson(document.Records));
        var contact = Pilots.Tier1.Contact!;
        string?[] personal =
        [
            MisuseTestBed.Submission().Description!, "Wanda", MisuseTestBed.Watchdog.UserId, MisuseTestBed.Watchdog.OrganizationId!, "198.51.100.7",
            contact.Name, contact.Email, contact.Phone, "Van Dijk", "Okafor", "1234 5678", Statement, Photo.FileName,
            _bed.Host.Applicant.UserId, _bed.Host.ApplicantOrganizationId, "TU Example", Regulator.UserId, Senior.UserId,
        ];
        Assert.NotEmpty(studies);
        foreach (var value in personal.OfType<string>())
        {
            Assert.DoesNotMatch(Word(value), payload);
        }

        // The case studies also leave out the regulators' words, the licence and report references and exact dates.
        foreach (var value in new[] { WarningReason, SuspensionReason, "Credible: names a station and a date.", _licence.Reference, _licence.Id }
            .Concat(_reports.SelectMany(r => new[] { r.Reference, r.Id })))
        {
            Assert.DoesNotMatch(Word(value), studies);
        }

        Assert.DoesNotMatch(new Regex(@"\d{4}-\d{2}-\d{2}"), studies);
        Assert.DoesNotContain("@", studies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_matches_version_2_of_the_schema_and_an_ally_on_version_1_gets_it_without_case_studies()
    {
        var newest = AlliedExchangeBuilder.ToJson(await CaseStudyExport.ExportAsync(_bed));
        var older = await CaseStudyExport.ExportAsync(_bed, version: 1);

        Assert.Empty(AlliedExchangeSchema.Default.Check(newest));
        Assert.Equal(2, newest.GetProperty("version").GetInt32());
        Assert.Equal(1, older.Version);
        Assert.Empty(older.Records.OfType<CaseStudyRecord>());
        Assert.Empty(AlliedExchangeSchema.Default.Check(AlliedExchangeBuilder.ToJson(older)));
    }

    [Fact]
    public async Task Since_leaves_out_case_studies_closed_before_it()
    {
        var later = await CaseStudyExport.ExportAsync(_bed, since: _bed.Host.Time.GetUtcNow().AddMinutes(1));
        var all = await CaseStudyExport.ExportAsync(_bed, since: _reports[0].ClosedAt);

        Assert.Empty(later.Records.OfType<CaseStudyRecord>());
        Assert.Equal(2, all.Records.OfType<CaseStudyRecord>().Count());
    }

    [Fact]
    public async Task An_ally_importing_the_export_on_its_own_store_lists_the_same_case_studies_and_a_second_import_writes_nothing()
    {
        var document = await CaseStudyExport.ExportAsync(_bed);
        await using var ally = await StartAsync();
        var importer = ally.Get<AlliedExchangeImporter>();

        var first = await importer.ImportAsync(AlliedExchangeBuilder.ToJson(document), "client:nl");
        var again = await importer.ImportAsync(AlliedExchangeBuilder.ToJson(document), "client:nl");

        Assert.Equal((document.Records.Count, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 0, document.Records.Count), (again.Added, again.Updated, again.Unchanged));
        var listed = await ally.Get<ImportedRecordsList>().CaseStudiesAsync();
        Assert.Equal(CaseStudyExport.CaseStudiesJson(document.Records).Order(StringComparer.Ordinal),
            CaseStudyExport.CaseStudiesJson(listed.Select(l => l.CaseStudy)).Order(StringComparer.Ordinal));
    }

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static Regex Word(string value) =>
        new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
