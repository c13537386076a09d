import { configAddress } from "../../src/render/address.js";

describe("configAddress", () => {
  test.each([
    ["aws_vpc.main", "aws_vpc.main"],
    ["aws_subnet.private[0]", "aws_subnet.private"],
    ['module.app["a"].aws_ecs_service.web[0]', "module.app.aws_ecs_service.web"],
    ['aws_s3_bucket.b["with ] bracket"]', "aws_s3_bucket.b"],
    ['aws_s3_bucket.b["with \\" quote ]"].x', "aws_s3_bucket.b.x"],
    ["data.aws_iam_policy_document.p", "data.aws_iam_policy_document.p"],
    ["aws_x.unclosed[0", "aws_x.unclosed"],
  ])("%s → %s", (address, expected) => {
    expect(configAddress(address)).toBe(expected);
  });
});
