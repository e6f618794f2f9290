using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Queries;

/// <summary>
/// Wraps a provider's own position in an opaque token bound to the query that produced it, so a
/// token replayed with another query, or tampered with, is refused instead of returning wrong pages.
/// </summary>
public static class ContinuationTokens
{
    public static string Wrap(string container, DocumentQuery query, string providerPosition)
    {
        var envelope = new Envelope(Fingerprint(container, query), providerPosition);
        return Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(envelope))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string? Unwrap(string container, DocumentQuery query)
    {
        if (query.ContinuationToken is not { } token)
        {
            return null;
        }

        Envelope? envelope;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            envelope = JsonSerializer.Deserialize<Envelope>(Convert.FromBase64String(base64));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new InvalidQueryException("The continuation token is not one this store issued.");
        }

        if (envelope is null || envelope.Query != Fingerprint(container, query) || string.IsNullOrEmpty(envelope.Position))
        {
            throw new InvalidQueryException("The continuation token belongs to a different query; start again without it.");
        }

        return envelope.Position;
    }

    private static string Fingerprint(string container, DocumentQuery query)
    {
        var shape = JsonSerializer.Serialize(new
        {
            container,
            query.PartitionKey,
            Filters = query.Filters.Select(f => new { Field = f.Field.Value, f.Operator, f.Values }),
            Order = query.OrderBy is { } o ? new { Field = o.Field.Value, o.Descending } : null,
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape)))[..16];
    }

    private sealed record Envelope(string Query, string Position);
}
