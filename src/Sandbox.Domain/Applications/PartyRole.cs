namespace Sandbox.Domain.Applications;

/// <summary>A party's role in the transaction, as export licensing names them.</summary>
public enum PartyRole
{
    EndUser,
    Consignee,
    UltimateEndUser,
    ThirdParty,
}
