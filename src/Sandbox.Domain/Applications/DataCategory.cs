namespace Sandbox.Domain.Applications;

/// <summary>Kinds of data a pilot handles, from least to most sensitive.</summary>
public enum DataCategory
{
    Synthetic,
    Anonymized,
    Personal,
    Location,
    Biometric,
}
