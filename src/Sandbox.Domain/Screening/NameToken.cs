namespace Sandbox.Domain.Screening;

/// <summary>A normalized token with its transliteration fold and skeleton.</summary>
public sealed record NameToken(string Text, string Folded, string Skeleton)
{
    public static NameToken Create(string text)
    {
        var folded = NameNormalizer.Fold(text);
        return new NameToken(text, folded, NameNormalizer.Skeleton(folded));
    }
}
