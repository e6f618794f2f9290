using System.Text.Json;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Identity.Audit;
using Sandbox.Licensing.Exchange;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Licensing.Tests.Exchange;

public sealed class AlliedExchangeExporterTests
{
    [Fact]
    public async Task A_refused_case_is_exported_anonymized_and_an_ally_importing_it_finds_the_denial()
    {
        await using var host = await StartAsync();
        var pilot = Pilots.Tier1 with
        {
            TechnologyItems = [Pilots.Tier1.TechnologyItems[0] with { ClassificationCode = "SBX-IP-SURV" }],
            Parties = [new Party { Role = PartyRole.EndUser, Name = "National Cyber Defence Agency", Sector = PartySector.LawEnforcement, Country = "NL" }],
        };
        var application = await host.SubmitAsync(pilot);
        var instance = await host.CaseAsync(application.Id);
        await host.Cases.DecideAsync(Regulator, "Rita Regulator", instance.Id, Pilots.Refuse("SBX-VULNERABLE-GROUPS"),
            (await host.Engine.GetAsync(instance.Id))!.ETag);

        var document = await host.Get<AlliedExchangeExporter>().ExportAsync(null, "admin-1");

        var denial = Assert.IsType<DenialRecord>(Assert.Single(document.Records));
        Assert.Contains("5A001.j", denial.ControlCodes);
        Assert.Equal("NL", denial.Destination);
        Assert.Equal(["National Cyber Defence Agency"], denial.Parties.Select(p => p.Name));
        Assert.Equal(["SBX-VULNERABLE-GROUPS"], denial.ReasonCodes);
        Assert.Equal("research institution in NL", denial.Holder!.Description);
        var payload = JsonSerializer.Serialize(document, AlliedExchangeFormat.Json);
        var contact = pilot.Contact!;
        foreach (var personal in new[] { contact.Name!, contact.Email!, "Van Dijk", "Rita Regulator", "TU Example", host.ApplicantOrganizationId, host.Applicant.UserId })
        {
            Assert.DoesNotContain(personal, payload, StringComparison.OrdinalIgnoreCase);
        }

        var exports = await host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(Start.UtcDateTime), ExchangeAuditEvents.Export);
        Assert.Equal("1", Assert.Single(exports).Details["records"]);

        await using var ally = await StartAsync();
        await ally.Get<AlliedExchangeImporter>().ImportAsync(AlliedExchangeBuilder.ToJson(document), "client:nl");
        var found = await ally.Get<AlliedDenialRegistry>().FindInForceAsync("5A001.j", "NL");
        Assert.Equal("National Cyber Defence Agency", Assert.Single(found).DeniedPartyName);
    }

    [Fact]
    public void Only_suspensions_and_revocations_are_exchanged()
    {
        var reinstated = ExchangeSamples.Revocation with { Change = ExchangeSamples.Revocation.Change with { Status = LicenceStatus.Active } };

        Assert.Throws<ArgumentException>(() =>
            new AlliedExchangeBuilder(AlliedExchangeSchema.Default).Build(ExchangeSamples.Issuer, ExchangeSamples.IssuedAt, null, [], [reinstated]));
    }
}
