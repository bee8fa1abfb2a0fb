import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, MUTATION_KINDS } from '@sexhandel/shared';
import { ArrayMaxSize, IsArray } from 'class-validator';

class MutationEnvelopeDoc {
  @ApiProperty({ format: 'uuid', description: 'Made on the device when the person pressed send' }) id!: string;
  @ApiProperty({ enum: MUTATION_KINDS }) kind!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: object;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/**
 * Only the batch is validated here; each mutation is checked on its own by the push service so
 * one bad mutation is rejected while the others in the batch still apply.
 */
export class PushRequestDto {
  @ApiProperty({ type: [MutationEnvelopeDoc], maxItems: LIMITS.pushBatchMax })
  @IsArray({ message: 'mutations must be a list' })
  @ArrayMaxSize(LIMITS.pushBatchMax, { message: `A push may carry at most ${LIMITS.pushBatchMax} mutations` })
  mutations!: unknown[];
}
