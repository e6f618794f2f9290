namespace Sandbox.Domain.Sandboxes;

/// <summary>
/// The type of a dataset column and the CLR value it holds: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, and for <see cref="Timestamp"/> a UTC <see cref="string"/> <c>yyyy-MM-ddTHH:mm:ssZ</c> (ordinal order is time order).
/// </summary>
// The names are the dataset schema's vocabulary ("type": "Integer"), not CLR types.
#pragma warning disable CA1720
public enum FieldType
{
    String,
    Integer,
    Decimal,
    Boolean,
    Timestamp,
}
#pragma warning restore CA1720
