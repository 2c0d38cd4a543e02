import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A new TOTP secret, pending until enableTwoFactor confirms a code of it.' })
export class TwoFactorSetup {
  @Field(() => String, { description: 'Base32, for typing into an authenticator app.' })
  secret!: string;

  @Field(() => String, { description: 'The otpauth://totp/ URI (SHA1, 6 digits, 30 s) that a QR code carries.' })
  otpauthUrl!: string;
}
