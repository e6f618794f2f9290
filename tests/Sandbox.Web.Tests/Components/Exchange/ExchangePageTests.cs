using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Sandbox.Applications.Screening;
using Sandbox.Licensing.Exchange;
using Sandbox.Web.Components.Pages.Admin;
using Sandbox.Web.Tests.Components.Applications;

namespace Sandbox.Web.Tests.Components.Exchange;

public sealed class ExchangePageTests : ApplicationsComponentTest
{
    private static readonly ExchangeIssuer Issuer = new("Bundesamt für Wirtschaft und Ausfuhrkontrolle", "DE");

    private static DenialRecord Denial(DateOnly reviewBy) => new()
    {
        RecordId = "DE:AW-2026-0042", SourceId = "AW-2026-0042", Destination = "IR", ControlCodes = ["5A001.j"],
        Parties = [new ExchangeParty("Nordlicht Signal Systems GmbH", null, "IR")], EndUse = "IP network surveillance for a security service",
        ReasonCodes = ["C7"], DecidedOn = reviewBy.AddYears(-3), ReviewBy = reviewBy,
    };

    private static CaseStudyRecord CaseStudy { get; } = new()
    {
        RecordId = "DE:misuse.0123456789abcdef0123", SourceId = "misuse.0123456789abcdef0123",
        Holder = new ExchangeHolder("company in DE", "company", "DE"), Allegation = "breach-of-conditions", Severity = "high", Response = "suspension",
        Origin = "report", Escalated = false, ClassificationCodes = ["SBX-IP-SURV"], ControlCodes = ["5A001.j"], Tier = 3,
        DestinationRegion = "middle-east-north-africa", ReceivedIn = "2026-10", ClosedIn = "2026-11",
        Summary = "A suspected breach of a licence's conditions (severity high) under a tier 3 pilot licence held by a company in DE.",
    };

    private static string Document(params ExchangeRecord[] records) =>
        JsonSerializer.Serialize(new AlliedExchangeDocument(AlliedExchangeFormat.Name, 2, Issuer, DateTimeOffset.Parse("2026-11-30T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, records), AlliedExchangeFormat.Json);

    [Fact]
    public async Task An_invalid_document_shows_its_problems_by_path_and_a_valid_one_its_counts_and_the_imported_records()
    {
        await StartAsync();
        SignInAsAdministrator();
        var page = RenderAsUser<ExchangePage>();
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        Assert.Equal("/api/allies/exchange?version=2", page.Find("[data-testid=export-download]").GetAttribute("href"));

        var broken = JsonNode.Parse(Document(Denial(today.AddYears(2))))!;
        broken["records"]![0]!["reviewBy"] = "soon";
        broken["issuer"]!["country"] = "Germany";
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(broken.ToJsonString(), "broken.json", contentType: "application/json"));
        page.WaitForElement("[data-testid=exchange-file-name]");
        page.Find("[data-testid=import-exchange]").Click();

        page.WaitForElement("[data-testid=exchange-problems]");
        Assert.NotNull(page.Find("[data-testid='exchange-problem-records[0].reviewBy']"));
        Assert.NotNull(page.Find("[data-testid='exchange-problem-issuer.country']"));
        Assert.Empty(await Get<AlliedDenialRegistry>().ListAsync());

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Document(Denial(today), CaseStudy), "bafa.json", contentType: "application/json"));
        page.WaitForElement("[data-testid=exchange-file-name]");
        page.Find("[data-testid=import-exchange]").Click();

        page.WaitForElement("[data-testid=exchange-counts]");
        Assert.Equal(("2", "0", "0", "0"), (Count(page, "added"), Count(page, "changed"), Count(page, "unchanged"), Count(page, "withdrawn")));
        Assert.Empty(page.FindAll("[data-testid=exchange-problems]"));
        page.WaitForAssertion(() => Assert.Contains("Nordlicht Signal Systems GmbH", page.Find("[data-testid=imported-denials]").TextContent, StringComparison.Ordinal));
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.Find("[data-testid='review-by-DE:AW-2026-0042']").TextContent.Trim());
        Assert.Contains("In force", page.Find("[data-testid=imported-denials]").TextContent, StringComparison.Ordinal);
        Assert.Contains(CaseStudy.Summary, page.Find($"[data-testid='case-study-{CaseStudy.RecordId}']").TextContent, StringComparison.Ordinal);
        Assert.Single(await Get<AlliedDenialRegistry>().ListAsync());
    }

    private static string Count(IRenderedComponent<ExchangePage> page, string kind) => page.Find($"[data-testid=exchange-{kind}]").TextContent.Trim();
}
