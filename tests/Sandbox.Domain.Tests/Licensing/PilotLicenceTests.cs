using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class PilotLicenceTests
{
    private static readonly LicenceStatus[] Final = [LicenceStatus.Expired, LicenceStatus.Revoked, LicenceStatus.Surrendered, LicenceStatus.Superseded];

    [Fact]
    public void An_active_licence_is_in_force_from_valid_from_up_to_but_not_at_valid_to()
    {
        var licence = Licence();

        Assert.False(licence.IsInForceAt(licence.ValidFrom.AddTicks(-1)));
        Assert.True(licence.IsInForceAt(licence.ValidFrom));
        Assert.True(licence.IsInForceAt(licence.ValidTo.AddTicks(-1)));
        Assert.False(licence.IsInForceAt(licence.ValidTo));
    }

    [Theory]
    [InlineData(LicenceStatus.Issued)]
    [InlineData(LicenceStatus.Suspended)]
    [InlineData(LicenceStatus.Revoked)]
    public void A_licence_that_is_not_active_is_not_in_force_inside_its_window(LicenceStatus status) =>
        Assert.False(Licence(status).IsInForceAt(Start.AddDays(1)));

    [Theory]
    [InlineData(LicenceStatus.Issued, LicenceStatus.Active)]
    [InlineData(LicenceStatus.Active, LicenceStatus.Suspended)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Active)]
    [InlineData(LicenceStatus.Issued, LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Issued, LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Active, LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Active, LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Active, LicenceStatus.Surrendered)]
    [InlineData(LicenceStatus.Active, LicenceStatus.Superseded)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Expired)]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Surrendered)]
    public void Allowed_changes_set_the_status_and_append_to_the_history(LicenceStatus from, LicenceStatus to)
    {
        var licence = Licence(from);
        var at = Now.AddDays(20);

        var changed = licence.WithStatus(to, at, "user-9", " S. Enior ", " Breach of the retention condition. ");

        Assert.Equal(to, changed.Status);
        Assert.Equal(licence.StatusChanges.Count + 1, changed.StatusChanges.Count);
        Assert.Equal(new LicenceStatusChange(to, at, "user-9", "S. Enior", "Breach of the retention condition."), changed.StatusChanges[^1]);
        Assert.Equal(from, licence.Status);
        Assert.Single(licence.StatusChanges);
    }

    [Fact]
    public void Nothing_changes_a_final_status()
    {
        foreach (var from in Final)
        {
            foreach (var to in Enum.GetValues<LicenceStatus>())
            {
                var error = Assert.Throws<InvalidOperationException>(() => Licence(from).WithStatus(to, Now, "user-9", "S. Enior", "Try."));
                Assert.Contains("final", error.Message, StringComparison.Ordinal);
                Assert.Contains("SBX-2026-000123", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(LicenceStatus.Issued, LicenceStatus.Suspended, "Only an Active licence can be suspended")]
    [InlineData(LicenceStatus.Suspended, LicenceStatus.Suspended, "Only an Active licence can be suspended")]
    [InlineData(LicenceStatus.Active, LicenceStatus.Active, "only from Issued or Suspended")]
    [InlineData(LicenceStatus.Active, LicenceStatus.Issued, "issued once")]
    [InlineData(LicenceStatus.Issued, LicenceStatus.Issued, "issued once")]
    [InlineData(LicenceStatus.Active, (LicenceStatus)42, "not a licence status")]
    public void Impossible_changes_are_refused_with_a_clear_message(LicenceStatus from, LicenceStatus to, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Licence(from).WithStatus(to, Now, "user-9", "S. Enior", "Try."));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lifecycle_table_matches_the_rules()
    {
        foreach (var from in Enum.GetValues<LicenceStatus>())
        {
            foreach (var to in Enum.GetValues<LicenceStatus>())
            {
                var expected = !Final.Contains(from) && to switch
                {
                    LicenceStatus.Issued => false,
                    LicenceStatus.Active => from is LicenceStatus.Issued or LicenceStatus.Suspended,
                    LicenceStatus.Suspended => from == LicenceStatus.Active,
                    _ => true,
                };
                Assert.True(expected == LicenceLifecycle.CanChange(from, to), $"{from} -> {to}");
            }
        }
    }

    [Fact]
    public void A_change_names_who_made_it_and_why()
    {
        Assert.Throws<ArgumentException>(() => Licence().WithStatus(LicenceStatus.Suspended, Now, " ", "S. Enior", "Why."));
        Assert.Throws<ArgumentException>(() => Licence().WithStatus(LicenceStatus.Suspended, Now, "user-9", "", "Why."));
        Assert.Throws<ArgumentNullException>(() => Licence().WithStatus(LicenceStatus.Suspended, Now, "user-9", "S. Enior", null!));
    }

    [Fact]
    public void A_licence_round_trips_through_the_store_json_with_string_enums()
    {
        var licence = Licence().WithStatus(LicenceStatus.Suspended, Now.AddDays(3), "user-9", "S. Enior", "Investigating a telemetry gap.");

        var json = System.Text.Json.JsonSerializer.Serialize(licence, Json);
        var again = System.Text.Json.JsonSerializer.Deserialize<PilotLicence>(json, Json)!;

        Assert.Contains("\"status\":\"Suspended\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tier\":\"Tier2StandardReview\"", json, StringComparison.Ordinal);
        Assert.Contains("\"minimumCellSize\":10", json, StringComparison.Ordinal);
        Assert.Equal(licence.Conditions, again.Conditions);
        Assert.Equal(licence.StatusChanges, again.StatusChanges);
        Assert.Equal(licence.Decision, again.Decision);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(again, Json));
    }
}
