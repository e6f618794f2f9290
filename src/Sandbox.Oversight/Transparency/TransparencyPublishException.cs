namespace Sandbox.Oversight.Transparency;

public sealed class TransparencyPublishException : Exception
{
    public TransparencyPublishException()
    {
    }

    public TransparencyPublishException(string message)
        : base(message)
    {
    }

    public TransparencyPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransparencyPublishException(PublishProblem problem, string message)
        : base(message) => Problem = problem;

    public TransparencyPublishException(PublishProblem problem, string message, Exception innerException)
        : base(message, innerException) => Problem = problem;

    public PublishProblem Problem { get; }
}
