namespace Sandbox.Domain.Classification;

/// <summary>
/// Where a harmonized entry sits in the real control lists. Every reference is optional: items caught only by
/// the EU 2021/821 Art. 5 catch-all have none, and we never invent codes for them.
/// </summary>
/// <param name="Wassenaar">The Wassenaar Arrangement entry, such as <c>4.A.5</c>.</param>
/// <param name="EuAnnexI">The EU 2021/821 Annex I entry, such as <c>4A005</c> or <c>5A001.j</c>.</param>
/// <param name="UsEccn">The US Export Control Classification Number, such as <c>5D001.e</c> or <c>EAR99</c>.</param>
public sealed record CrossReferences(string? Wassenaar = null, string? EuAnnexI = null, string? UsEccn = null)
{
    public static CrossReferences None { get; } = new();

    public bool IsEmpty => Wassenaar is null && EuAnnexI is null && UsEccn is null;
}
