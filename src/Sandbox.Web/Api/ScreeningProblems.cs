using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Storage.Errors;

namespace Sandbox.Web.Api;

/// <summary>The answers screening endpoints give when a request cannot be carried out.</summary>
internal static class ScreeningProblems
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ScreeningValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors.ToDictionary(), title: ex.Message);
        }
        catch (ScreeningListFormatException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Message] }, title: "The list file is malformed; nothing was imported.");
        }
        catch (ScreeningImportRefusedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Import refused; nothing was imported");
        }
        catch (DocumentConflictException)
        {
            return TypedResults.Problem("This record exists already.", statusCode: StatusCodes.Status409Conflict, title: "Already recorded");
        }
        catch (DocumentConcurrencyException)
        {
            return TypedResults.Problem("The record changed since you read it; read it again.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed by someone else");
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "This does not apply now");
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }
}
