using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Tests.Classification;

public sealed class CatalogueChangesTests
{
    [Fact]
    public void Equal_versions_have_no_changes()
    {
        Assert.Empty(CatalogueChanges.Between(Catalogues.Valid(), Catalogues.Valid() with { Version = 2 }));
    }

    [Fact]
    public void Added_and_removed_entries_are_reported_by_code()
    {
        var before = Catalogues.Of(1, Catalogues.Intrusion, Catalogues.Research);
        var after = Catalogues.Of(2, Catalogues.Intrusion, Catalogues.Biometric);

        var changes = CatalogueChanges.Between(before, after);

        Assert.Equal(
            [
                new EntryChange("SBX-BIO-ID", EntryChangeKind.Added, "Added: Biometric identification (impact High)"),
                new EntryChange("SBX-RESEARCH-TOOLS", EntryChangeKind.Removed, "Removed: Non-listed research tooling (was impact Low)"),
            ],
            changes);
    }

    [Fact]
    public void An_impact_change_reads_old_to_new()
    {
        var after = Catalogues.Of(2, Catalogues.Intrusion, Catalogues.Biometric with { ImpactRating = ImpactRating.Critical }, Catalogues.Research);

        var change = Assert.Single(CatalogueChanges.Between(Catalogues.Valid(), after));

        Assert.Equal(new EntryChange("SBX-BIO-ID", EntryChangeKind.ImpactChanged, "Impact rating High \u2192 Critical"), change);
    }

    [Fact]
    public void Cross_reference_changes_name_each_list()
    {
        var moved = Catalogues.Intrusion with { CrossReferences = new CrossReferences("4.A.5", "4A005.a", null) };
        var after = Catalogues.Of(2, moved, Catalogues.Biometric, Catalogues.Research);

        var change = Assert.Single(CatalogueChanges.Between(Catalogues.Valid(), after));

        Assert.Equal(EntryChangeKind.CrossReferencesChanged, change.Kind);
        Assert.Equal("EU Annex I 4A005 \u2192 4A005.a; US ECCN 4A005 \u2192 (none)", change.Summary);
    }

    [Fact]
    public void Definition_changes_cover_title_description_notes_and_review_date()
    {
        var reworded = Catalogues.Biometric with
        {
            Title = "Biometric identification systems",
            Description = "Identifies or verifies people from biometric features.",
            Notes = null,
            ReviewBy = new DateOnly(2028, 6, 30),
        };
        var after = Catalogues.Of(2, Catalogues.Intrusion, reworded, Catalogues.Research);

        var change = Assert.Single(CatalogueChanges.Between(Catalogues.Valid(), after));

        Assert.Equal(EntryChangeKind.DefinitionChanged, change.Kind);
        Assert.Equal(
            "Title 'Biometric identification' \u2192 'Biometric identification systems'; Description changed; Notes changed; Review by 2027-06-30 \u2192 2028-06-30",
            change.Summary);
    }

    [Fact]
    public void Several_changes_come_ordered_by_code_then_kind()
    {
        var after = Catalogues.Of(
            2,
            Catalogues.Research with { Title = "Research tooling", ImpactRating = ImpactRating.Moderate },
            Catalogues.Intrusion with { CrossReferences = Catalogues.Intrusion.CrossReferences with { Wassenaar = null } },
            Catalogues.Biometric);

        var changes = CatalogueChanges.Between(Catalogues.Valid(), after);

        Assert.Equal(
            [
                ("SBX-INT-SYS", EntryChangeKind.CrossReferencesChanged),
                ("SBX-RESEARCH-TOOLS", EntryChangeKind.ImpactChanged),
                ("SBX-RESEARCH-TOOLS", EntryChangeKind.DefinitionChanged),
            ],
            changes.Select(c => (c.Code, c.Kind)));
    }

    [Fact]
    public void A_new_version_of_the_seed_flags_only_the_entries_that_moved()
    {
        var seed = SeedFiles.Read<CatalogueVersion>(SeedFiles.Catalogue);
        var entries = seed.Entries
            .Select(e => e.Code == "SBX-BEHAV-VIDEO" ? e with { ImpactRating = ImpactRating.High } : e)
            .Where(e => e.Code != "SBX-RESEARCH-TOOLS")
            .ToList();
        var next = seed with { Version = 2, Entries = entries, ChangeNote = "Behavioural analytics re-rated" };

        var changes = CatalogueChanges.Between(seed, next);

        Assert.Equal(["SBX-BEHAV-VIDEO", "SBX-RESEARCH-TOOLS"], changes.Select(c => c.Code));
        Assert.Equal("Impact rating Moderate \u2192 High", changes[0].Summary);
    }
}
