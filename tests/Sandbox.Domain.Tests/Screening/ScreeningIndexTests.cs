using System.Globalization;
using Sandbox.Domain.Screening;
using Xunit.Abstractions;

namespace Sandbox.Domain.Tests.Screening;

public sealed class ScreeningIndexTests(SdnFixture fixture, ITestOutputHelper output) : IClassFixture<SdnFixture>
{
    [Fact]
    public void Finds_generated_variants_with_recall_of_at_least_98_percent()
    {
        var variants = VariantGenerator.Generate(fixture.Records, 1_200, seed: 4242);
        Assert.True(variants.Count >= 1_000);
        var found = 0;
        var misses = new List<string>();
        foreach (var (record, variant, kind) in variants)
        {
            if (fixture.Index.Screen(variant).Any(h => h.Party.EntryId == SdnFixture.EntryId(record)))
            {
                found++;
            }
            else if (misses.Count < 20)
            {
                misses.Add($"{kind}: {variant} -> {record.Name}");
            }
        }

        var recall = (double)found / variants.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@10 {recall:P2} over {variants.Count} variants"));
        misses.ForEach(output.WriteLine);
        Assert.True(recall >= 0.98, string.Create(CultureInfo.InvariantCulture, $"recall {recall:P2}; misses: {string.Join(" | ", misses)}"));
    }

    [Fact]
    public void Unrelated_names_produce_no_high_confidence_hit()
    {
        var names = new List<string> { "Maria Jansen", "Utrecht Water Board", "Pieter de Vries", "Stichting Vluchtelingenwerk Nederland", "Anna Kowalska" };
        names.AddRange(VariantGenerator.PseudoNames(200, seed: 77));
        var falsePositives = names.Where(n => fixture.Index.Screen(n, threshold: ScreeningDefaults.HighConfidence).Count > 0).ToList();
        var rate = (double)falsePositives.Count / names.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"high-confidence false positives {falsePositives.Count}/{names.Count} = {rate:P2}: {string.Join(", ", falsePositives)}"));
        Assert.DoesNotContain("Maria Jansen", falsePositives);
        Assert.DoesNotContain("Utrecht Water Board", falsePositives);
        Assert.True(rate <= 0.01, string.Join(", ", falsePositives));
    }

    [Fact]
    public void Country_raises_the_right_record_but_never_creates_a_hit()
    {
        var record = fixture.Records.First(r => r.Id == 2677);
        var without = fixture.Index.Screen("Abboud Abdul Latif Hassan al Zomor").Single(h => h.Party.EntryId == "2677");
        var with = fixture.Index.Screen("Abboud Abdul Latif Hassan al Zomor", country: "Egypt").Single(h => h.Party.EntryId == "2677");
        Assert.True(with.SupportingCountry);
        Assert.False(without.SupportingCountry);
        Assert.True(with.Score > without.Score);
        Assert.Contains("Egypt", record.Countries);
        Assert.Empty(fixture.Index.Screen("Maria Jansen", country: "Egypt"));
        Assert.Empty(fixture.Index.Screen("Maria Jansen", country: "Cuba"));
    }

    [Fact]
    public void Finds_aliases_and_transliterations()
    {
        Assert.Contains(fixture.Index.Screen("BNC"), h => h.Party.EntryId == "306" && h.MatchedAlias);
        Assert.Contains(fixture.Index.Screen("Banco Nacional de Kuba"), h => h.Party.EntryId == "306");
    }

    [Fact]
    public void Index_and_brute_force_agree_on_exact_names()
    {
        var random = new Random(9);
        for (var i = 0; i < 150; i++)
        {
            var record = fixture.Records[random.Next(fixture.Records.Count)];
            var index = fixture.Index.Screen(record.Name, max: 50);
            var brute = fixture.BruteForce.Screen(record.Name, max: 50);
            var fromIndex = Assert.Single(index, h => h.Party.EntryId == SdnFixture.EntryId(record));
            var fromBrute = Assert.Single(brute, h => h.Party.EntryId == SdnFixture.EntryId(record));
            Assert.Equal(fromBrute.Score, fromIndex.Score);
            Assert.Equal(brute[0].Score, index[0].Score);
            Assert.All(index, h => Assert.Contains(brute, b => b.Party.EntryId == h.Party.EntryId && b.Score == h.Score));
        }
    }
}
