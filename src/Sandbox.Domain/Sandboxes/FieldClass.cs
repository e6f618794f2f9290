namespace Sandbox.Domain.Sandboxes;

/// <summary>How revealing a column is about a person, which the licence conditions act on.</summary>
public enum FieldClass
{
    /// <summary>Points at one person or device on its own (an account, a plate, an address); never leaves under <c>noRawIdentifiers</c>.</summary>
    Identifier,

    /// <summary>Identifies only in combination with others (a zone, a rounded position, a country).</summary>
    QuasiIdentifier,

    /// <summary>Harmful if linked to a person (a health or security label).</summary>
    Sensitive,

    /// <summary>Any other measurement.</summary>
    Attribute,
}
