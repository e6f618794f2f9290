using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>Two administrators publishing the next version at once: one wins, the other is told to read again.</summary>
internal static class ReferencePublishing
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> publish)
    {
        try
        {
            return await CaseProblems.RunAsync(publish);
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Problem("Someone published the next version a moment ago; read the latest version and publish again.",
                statusCode: StatusCodes.Status409Conflict, title: "Version already published");
        }
    }
}
