using System.Text.Json;
using Sandbox.Licensing.Exchange;

namespace Sandbox.Licensing.Tests.Exchange;

public sealed class AlliedExchangeBuilderTests
{
    [Fact]
    public void Exported_payload_contains_no_personal_name_e_mail_phone_or_user_id_of_the_source()
    {
        var payload = JsonSerializer.Serialize(ExchangeSamples.Build(), AlliedExchangeFormat.Json);

        foreach (var personal in ExchangeSamples.PersonalData)
        {
            Assert.DoesNotContain(personal, payload, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Jansen", payload, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555 0199", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("@", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Denied_parties_are_kept_and_the_holder_is_generalized_to_type_and_country()
    {
        var document = ExchangeSamples.Build();

        var denial = Assert.Single(document.Records.OfType<DenialRecord>());
        var party = Assert.Single(denial.Parties);
        Assert.Equal("Orion Dynamics Trading LLC", party.Name);
        Assert.Equal(["Orion Dynamics", "ODT LLC"], party.Aliases);
        Assert.Equal("research institution in NL", denial.Holder!.Description);
        Assert.StartsWith("Network interception research for Orion Dynamics; contact [redacted]", denial.EndUse, StringComparison.Ordinal);
        Assert.All(document.Records, r => Assert.Equal("research institution in NL", r.Holder!.Description));
    }

    [Fact]
    public void Records_have_stable_ids_from_issuer_and_source_and_a_three_year_review_by_default()
    {
        var first = ExchangeSamples.Build();
        var again = ExchangeSamples.Build();

        Assert.Equal(first.Records.Select(r => r.RecordId), again.Records.Select(r => r.RecordId));
        var denial = first.Records.OfType<DenialRecord>().Single();
        Assert.Equal("NL:APP-2026-000041.v2", denial.RecordId);
        Assert.Equal(new DateOnly(2029, 11, 20), denial.ReviewBy);
        Assert.Equal(["5A001.j", "5D001.a"], denial.ControlCodes);
        var revocation = first.Records.OfType<RevocationRecord>().Single();
        Assert.Equal("NL:PL-2026-000007.revoked.20261128090000", revocation.RecordId);
        Assert.Contains("[redacted]", revocation.Reason, StringComparison.Ordinal);
        Assert.Single(first.Records.OfType<SuspensionRecord>());
    }

    [Fact]
    public void Built_document_matches_the_schema_and_uses_the_format_name_and_version()
    {
        var json = AlliedExchangeBuilder.ToJson(ExchangeSamples.Build());

        Assert.Empty(AlliedExchangeSchema.Default.Check(json));
        Assert.Equal("sandbox-allied-exchange", json.GetProperty("format").GetString());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
        Assert.Equal("denial", json.GetProperty("records")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Since_leaves_out_older_records()
    {
        var document = ExchangeSamples.Build(since: ExchangeSamples.IssuedAt.AddDays(-5));

        var record = Assert.Single(document.Records);
        Assert.IsType<RevocationRecord>(record);
    }

    [Fact]
    public void A_part_of_one_name_removed_first_does_not_leave_the_rest_of_another_id_behind()
    {
        var scrubbed = ExchangeAnonymizer.Scrub("See rita-7781's note; Rita agreed.", ["Rita Regulator", "rita-7781"]);

        Assert.Equal("See [redacted]'s note; [redacted] agreed.", scrubbed);
        Assert.DoesNotContain("7781", JsonSerializer.Serialize(ExchangeSamples.Build(), AlliedExchangeFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_reasons_are_not_taken_for_phone_numbers()
    {
        var scrubbed = ExchangeAnonymizer.Scrub("Suspended on 2026-11-21 under PL-2026-000007; call 020 555 0199.", ["nobody"]);

        Assert.Equal("Suspended on 2026-11-21 under PL-2026-000007; call [redacted].", scrubbed);
    }
}
