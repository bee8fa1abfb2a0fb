import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOGOUT_CLEAR_DEVICE } from '@sexhandel/shared';
import { IsIn, IsOptional } from 'class-validator';

/** `?clear=device`: the person is clearing this device, so the answer also asks the browser to wipe the site. */
export class LogoutQueryDto {
  @ApiPropertyOptional({
    enum: [LOGOUT_CLEAR_DEVICE],
    description: 'With "device" the answer carries Clear-Site-Data: "cookies", "storage", "cache".',
  })
  @IsOptional()
  @IsIn([LOGOUT_CLEAR_DEVICE], { message: `clear must be "${LOGOUT_CLEAR_DEVICE}"` })
  clear?: typeof LOGOUT_CLEAR_DEVICE;
}
