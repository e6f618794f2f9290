using Sandbox.Storage.Documents;
using Sandbox.Storage.Queries;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Sandbox.Identity.OpenIddict;

/// <summary>The structured queries the authorization and token stores share.</summary>
internal static class OidcQueries
{
    /// <summary>Every entry, in pages as large as the contract allows.</summary>
    public static DocumentQuery All => DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize);

    public static DocumentQuery Where(string field, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return All.Where(QueryFilter.Equal(field, value));
    }

    /// <summary>OpenIddict's optional criteria: a null or empty one does not filter.</summary>
    public static DocumentQuery Matching(string? subject, string? client, string? status, string? type)
    {
        var query = All;
        foreach (var (field, value) in new[] { (OidcFields.Subject, subject), (OidcFields.ApplicationId, client), (OidcFields.Status, status), (OidcFields.Type, type) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query = query.Where(QueryFilter.Equal(field, value));
            }
        }

        return query;
    }

    /// <summary>Revocations skip what is already revoked, which also lets them retry what changed meanwhile.</summary>
    public static DocumentQuery NotRevoked(this DocumentQuery query) =>
        query.Where(QueryFilter.NotEqual(OidcFields.Status, Statuses.Revoked));

    public static DocumentQuery CreatedBefore(DateTimeOffset threshold) =>
        All.Where(QueryFilter.LessThan(OidcFields.CreationDate, threshold));
}
