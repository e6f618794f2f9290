using Sandbox.Domain.Applications;
using Sandbox.Testing.Applications;

namespace Sandbox.Domain.Tests.Applications;

public sealed class ApplicationDiffTests
{
    private static readonly ApplicationContent Original = SampleApplications.CrowdCounting(new DateOnly(2027, 1, 4));

    [Fact]
    public void Identical_versions_have_no_changes() =>
        Assert.Empty(ApplicationDiff.Between(Original, Original with { }));

    [Fact]
    public void A_changed_field_reads_as_a_labelled_before_and_after()
    {
        var amended = Original with { RequestedDurationDays = 90, Plan = Original.Plan! with { Title = "Crowd-density estimation, phase 1" } };

        var changes = ApplicationDiff.Between(Original, amended);

        Assert.Equal(
            [
                new FieldChange("plan.title", "Plan › Title", "Crowd-density estimation for station safety", "Crowd-density estimation, phase 1"),
                new FieldChange("requestedDurationDays", "Requested duration days", "120", "90"),
            ],
            changes);
    }

    [Fact]
    public void A_list_of_values_compares_as_one_field()
    {
        var amended = Original with { DataCategories = [DataCategory.Anonymized, DataCategory.Biometric] };

        var change = Assert.Single(ApplicationDiff.Between(Original, amended));

        Assert.Equal(("dataCategories", "Anonymized", "Anonymized, Biometric"), (change.Field, change.Before, change.After));
    }

    [Fact]
    public void Added_and_removed_entries_show_each_field_with_an_empty_side()
    {
        var extra = new Party { Role = PartyRole.ThirdParty, Name = "Cloud Host GmbH", Sector = PartySector.CommercialCompany, Country = "DE" };
        var added = ApplicationDiff.Between(Original, Original with { Parties = [.. Original.Parties, extra] });
        var removed = ApplicationDiff.Between(Original with { Parties = [.. Original.Parties, extra] }, Original);

        Assert.Equal(["parties[2].role", "parties[2].name", "parties[2].sector", "parties[2].country"], added.Select(c => c.Field));
        Assert.All(added, c => Assert.Null(c.Before));
        Assert.Equal("Parties › 3 › Name", added[1].Label);
        Assert.All(removed, c => Assert.Null(c.After));
        Assert.Equal(4, removed.Count);
    }

    [Fact]
    public void Against_an_empty_application_every_filled_field_is_new()
    {
        var changes = ApplicationDiff.Between(ApplicationContent.Empty, Original);

        Assert.Contains(changes, c => c.Field == "contact.email" && c.After == "ines.vandijk@tu-example.nl");
        Assert.All(changes, c => Assert.Null(c.Before));
    }
}
