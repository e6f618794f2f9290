namespace Sandbox.Domain.Licensing;

/// <summary>What a regulator decides on an application.</summary>
public enum DecisionOutcome
{
    Approve,

    /// <summary>Approved on provisos a person checks, named as narrative conditions or in the rationale.</summary>
    ApproveWithProvisos,
    Refuse,

    /// <summary>The pilot needs no licence (for example, nothing in it is controlled); the rationale says why.</summary>
    NoLicenceRequired,
}
