namespace Sandbox.Domain.Screening;

/// <summary>One primary name or alias of a party, prepared for scoring.</summary>
internal sealed record IndexedName(int PartyIndex, string Text, bool IsAlias, NameToken[] Tokens);
