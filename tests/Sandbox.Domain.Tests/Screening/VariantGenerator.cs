using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

/// <summary>Deterministic labelled variants of listed names, and pseudo-names that are not listed.</summary>
public static class VariantGenerator
{
    private static readonly (string From, string To)[] _swaps =
    [
        ("MOHAMMED", "MUHAMMAD"), ("MUHAMMAD", "MOHAMAD"), ("MOHAMMAD", "MOHAMED"), ("YOUSEF", "YUSUF"), ("YUSUF", "YOUSSEF"),
        ("KH", "H"), ("PH", "F"), ("OU", "U"), ("EE", "I"), ("Y", "I"), ("SH", "SCH"), ("Q", "K"), ("HUSSEIN", "HUSAYN"), ("AHMED", "AHMAD"),
    ];

    public static IReadOnlyList<(SdnRecord Record, string Variant, string Kind)> Generate(IReadOnlyList<SdnRecord> records, int count, int seed)
    {
        var random = new Random(seed);
        var pool = records.Where(r => r.Type is SdnPartyType.Individual or SdnPartyType.Entity && r.Name.Length >= 8).ToArray();
        var result = new List<(SdnRecord, string, string)>();
        while (result.Count < count)
        {
            var record = pool[random.Next(pool.Length)];
            var words = NameNormalizer.Normalize(record.Name, record.Type == SdnPartyType.Individual).ToUpperInvariant().Split(' ');
            var kind = random.Next(5);
            string? variant = kind switch
            {
                0 => Misspell(words, random),
                1 => Swap(string.Join(' ', words)),
                2 when words.Length >= 2 => string.Join(' ', words.Reverse()),
                3 when record.Type == SdnPartyType.Individual && words.Length >= 3 => string.Join(' ', words.Where((_, i) => i != 1)),
                4 => Misspell(words, random) is { } m ? Swap(m) ?? m : null,
                _ => null,
            };
            if (variant is not null && !string.Equals(variant, string.Join(' ', words), StringComparison.Ordinal))
            {
                result.Add((record, variant, kind switch { 0 => "typo", 1 => "transliteration", 2 => "reorder", 3 => "drop-middle", _ => "typo+translit" }));
            }
        }

        return result;
    }

    private static string? Misspell(string[] words, Random random)
    {
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var copy = (string[])words.Clone();
        var w = candidates[random.Next(candidates.Length)];
        var chars = copy[w].ToCharArray().ToList();
        var at = 1 + random.Next(chars.Count - 2);
        switch (random.Next(3))
        {
            case 0:
                chars[at] = (char)('A' + random.Next(26));
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            default:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                break;
        }

        copy[w] = new string([.. chars]);
        return string.Join(' ', copy);
    }

    private static string? Swap(string name)
    {
        foreach (var (from, to) in _swaps)
        {
            if (name.Contains(from, StringComparison.Ordinal))
            {
                return name.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return null;
    }

    public static IReadOnlyList<string> PseudoNames(int count, int seed)
    {
        var random = new Random(seed);
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        string Word(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => $"{consonants[random.Next(consonants.Length)]}{vowels[random.Next(vowels.Length)]}"));
        return Enumerable.Range(0, count).Select(_ => $"{Word(2 + random.Next(2))} {Word(2 + random.Next(3))}").ToArray();
    }
}
