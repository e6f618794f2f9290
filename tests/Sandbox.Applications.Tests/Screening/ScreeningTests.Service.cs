using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;

namespace Sandbox.Applications.Tests.Screening;

public abstract partial class ScreeningTests
{
    [Fact]
    public async Task Before_any_import_nothing_is_found_and_the_result_says_the_list_is_empty()
    {
        await using var empty = await StartNodeAsync(CreateEmptyStore());

        var result = await empty.Get<ScreeningService>().ScreenAsync("Banco Nacional de Cuba", "CU");

        Assert.Empty(result.Hits);
        Assert.Equal(0, Assert.Single(result.Lists, l => l.ListId == ScreeningLists.OfacSdn).EntryCount);
    }

    [Fact]
    public async Task A_listed_name_is_found_after_import_with_its_hash_and_country_support()
    {

        var result = await Screening.ScreenAsync("banco nacional de kuba", "CU");

        var hit = Hit(result, ScreeningLists.OfacSdn, "306");
        Assert.Equal(("BANCO NACIONAL DE CUBA", false), (hit.ListedName, hit.MatchedAlias));
        Assert.True(hit.HighConfidence);
        Assert.Equal(hit.Entry.ComputeContentHash(), hit.EntryHash);
        Assert.Equal((await StoredEntriesAsync())["306"].Value.ContentHash, hit.EntryHash);
        Assert.Equal(AdjudicationState.None, hit.AdjudicationState);
        Assert.True(hit.NeedsAdjudication);
        Assert.True(Hit(await Screening.ScreenAsync("BNC"), ScreeningLists.OfacSdn, "306").MatchedAlias);
        Assert.Equal(BaseRows.Count, Assert.Single(result.Lists, l => l.ListId == ScreeningLists.OfacSdn).EntryCount);
    }

    [Fact]
    public async Task Concurrent_first_screenings_share_one_build()
    {
        await using var fresh = await StartNodeAsync(CreateStoreForSecondNode());
        var service = fresh.Get<ScreeningService>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => service.ScreenAsync("Banco Nacional de Cuba"))));

        Assert.All(results, r => Assert.Contains(r.Hits, h => h.EntryId == "306"));
        Assert.Single(results.Select(r => r.ListsStamp).Distinct());
    }

    [Fact]
    public async Task A_name_without_letters_is_refused()
    {
        var error = await Assert.ThrowsAsync<ScreeningValidationException>(() => Screening.ScreenAsync(" -- "));
        Assert.Equal(["name"], error.Errors.Keys);
    }
}
