using System.Net;
using Microsoft.Azure.Cosmos;
using Sandbox.Storage.Errors;

namespace Sandbox.Storage.Cosmos;

/// <summary>Maps status codes the callers cannot act on to the store's errors.</summary>
internal static class CosmosErrors
{
    public static DocumentStoreException Unexpected(ResponseMessage response, string container) => response.StatusCode switch
    {
        HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge =>
            new InvalidDocumentException($"Cosmos DB refused the document in '{container}': {response.ErrorMessage}"),
        _ => new StoreUnavailableException(
            $"Cosmos DB answered {(int)response.StatusCode} {response.StatusCode} on '{container}' after the SDK's retries: {response.ErrorMessage}"),
    };

    public static void EnsureQuerySucceeded(ResponseMessage response, string container)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw new InvalidQueryException($"Cosmos DB refused the query on '{container}': {response.ErrorMessage}");
        }

        throw Unexpected(response, container);
    }
}
