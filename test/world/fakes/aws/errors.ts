// An error the fake answers with, in AWS JSON 1.1 shape: the SDK turns `__type` into the exception's `name`.
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export const validation = (message: string): AwsError => new AwsError('ValidationException', message);
