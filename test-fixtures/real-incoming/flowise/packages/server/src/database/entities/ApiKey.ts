import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm'

@Entity('apikey')
export class ApiKey {
    @PrimaryColumn({ type: 'varchar', length: 20 })
    id: string

    @Column({ type: 'text' })
    apiKey: string

    @Column({ type: 'text' })
    apiSecret: string

    @Column({ type: 'text' })
    keyName: string

    @Column({ nullable: false, type: 'simple-json', default: '[]' })
    permissions: string[]

    @Column({ type: 'timestamp' })
    @UpdateDateColumn()
    updatedDate: Date

    @Column({ nullable: false, type: 'text' })
    workspaceId: string
}
