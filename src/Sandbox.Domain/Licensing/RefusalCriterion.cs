namespace Sandbox.Domain.Licensing;

/// <summary>One ground for refusing a licence, such as <c>EU-2021-821-ART15-1A</c>, with the law it rests on.</summary>
public sealed record RefusalCriterion
{
    public const int MaxTitleLength = 200;
    public const int MaxLegalBasisLength = 500;
    public const int MaxDescriptionLength = 2000;

    /// <summary>Upper-case letters, digits and dashes, 3 to 40 characters.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    /// <summary>The article the criterion rests on, such as <c>Regulation (EU) 2021/821 Art. 15(1)(a)</c>.</summary>
    public required string LegalBasis { get; init; }

    public required string Description { get; init; }
}
